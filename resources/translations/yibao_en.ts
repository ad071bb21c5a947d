<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <source>{name}的缴费年限与个人账户</source>
        <translation>{name}: contribution years and personal account</translation>
    </message>
    <message>
        <source>视同缴费年数</source>
        <translation>Deemed contribution: years</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> years</translation>
    </message>
    <message>
        <source>视同缴费月数</source>
        <translation>Deemed contribution: months</translation>
    </message>
    <message>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <source>视同缴费年限</source>
        <translation>Deemed contribution years</translation>
    </message>
    <message>
        <source>个人账户期初余额（元）</source>
        <translation>Opening personal account balance (yuan)</translation>
    </message>
    <message>
        <source>如 2024-01-01，可不填</source>
        <translation>e.g. 2024-01-01, optional</translation>
    </message>
    <message>
        <source>余额对应日期</source>
        <translation>Balance as of</translation>
    </message>
    <message>
        <source>个人账户支出与扣款（看病买药、长护险、代缴等）</source>
        <translation>Personal account spending and deductions (doctor visits and medicines, long-term care insurance, paying for relatives (代缴), etc.)</translation>
    </message>
    <message>
        <source>个人账户支出</source>
        <translation>Personal account spending</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>支出日期</source>
        <translation>Spending date</translation>
    </message>
    <message>
        <source>日期 2024-03-01</source>
        <translation>Date, e.g. 2024-03-01</translation>
    </message>
    <message>
        <source>支出类别</source>
        <translation>Spending category</translation>
    </message>
    <message>
        <source>支出金额</source>
        <translation>Spending amount</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <source>视同缴费年限：个人缴费制度实行以前参加工作、按规定视同缴费的年限（以档案或社保部门认定为准）。</source>
        <translation>Deemed contribution years (视同缴费年限): years you worked before personal contributions were introduced where you are insured, counted as if contributions had been paid (as recognized in your personnel file or by the social insurance office).</translation>
    </message>
    <message>
        <source>视同缴费年限：{date} 以前参加工作的年限〔{tag}〕（以档案或社保部门认定为准）。</source>
        <translation>Deemed contribution years (视同缴费年限): years you worked before {date} ({tag}), as recognized in your personnel file or by the social insurance office.</translation>
    </message>
    <message>
        <source>期初余额：从医保 App 查到的某一天的个人账户余额，之后按缴费记录推算。</source>
        <translation>Opening balance: your personal account (个人账户) balance on a given day, as shown in the medical insurance app; later balances are estimated from your contribution records.</translation>
    </message>
    <message>
        <source>日期请写成 2024-03-01 的样子</source>
        <translation>Please write the date like 2024-03-01</translation>
    </message>
    <message>
        <source>请填写日期</source>
        <translation>Please enter a date</translation>
    </message>
    <message>
        <source>请写成 2024-01-01 的样子</source>
        <translation>Please write it like 2024-01-01</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>保存备份到文件</source>
        <extracomment>the suffix of backup files saved by the user (any name is accepted when restoring)</extracomment>
        <translation>Save backup to file</translation>
    </message>
    <message>
        <source>选择要恢复的备份文件</source>
        <translation>Choose a backup file to restore</translation>
    </message>
    <message>
        <source>医保个人助手备份 (*{suffix} *.sqlite3);;所有文件 (*)</source>
        <translation>Yibao Assistant backup (*{suffix} *.sqlite3);;All files (*)</translation>
    </message>
</context>
<context>
    <name>BackupPasswordDialog</name>
    <message>
        <source>备份文件的密码</source>
        <translation>Backup file password</translation>
    </message>
    <message>
        <source>输入备份文件的密码</source>
        <translation>Enter the backup file password</translation>
    </message>
    <message>
        <source>备份文件里有全家人的身份证号和缴费记录。要拷到 U 盘、网盘或别的电脑，建议设一个密码：文件会被加密，没有密码谁也打不开。请记住这个密码，忘了就没有办法恢复。不设密码就留空。</source>
        <translation>The backup file contains everyone&apos;s ID card numbers and contribution records. If you copy it to a USB drive, cloud storage or another computer, we recommend setting a password: the file will be encrypted and no one can open it without the password. Please remember this password; if you forget it, the backup cannot be recovered. Leave empty for no password.</translation>
    </message>
    <message>
        <source>“{name}”设了密码，请输入保存备份时设的密码。</source>
        <translation>&quot;{name}&quot; is password-protected. Please enter the password you set when saving the backup.</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再输一遍</source>
        <translation>Enter it again</translation>
    </message>
    <message>
        <source>请输入密码</source>
        <translation>Please enter the password</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <source>个人账户余额（元，虚线为预测）</source>
        <translation>Personal account balance (yuan; dashed line is the forecast)</translation>
    </message>
</context>
<context>
    <name>BindingDateDialog</name>
    <message>
        <source>可不填，例如：改由其他家人共济</source>
        <translation>Optional, e.g. switched to another family member&apos;s account</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>BindingReasons</name>
    <message>
        <source>关系不明</source>
        <translation>Relationship unknown</translation>
    </message>
    <message>
        <source>参保地未填写</source>
        <translation>Insured region not filled in</translation>
    </message>
    <message>
        <source>出处：</source>
        <translation>Source: </translation>
    </message>
    <message>
        <source>（需要时）</source>
        <translation> (if needed)</translation>
    </message>
    <message>
        <source>，以当地为准</source>
        <translation>; check locally</translation>
    </message>
</context>
<context>
    <name>BindingWizard</name>
    <message>
        <source>家庭共济绑定</source>
        <translation>Set up family mutual aid (家庭共济)</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>请先选择共济人</source>
        <translation>Please choose the account holder first</translation>
    </message>
    <message>
        <source>没有勾选要保存的亲属。不想保存的话，点“取消”关闭即可。</source>
        <translation>No relatives are ticked to be saved. If you don&apos;t want to save anything, just click &quot;Cancel&quot; to close.</translation>
    </message>
</context>
<context>
    <name>BindingsOverviewBlock</name>
    <message>
        <source>家庭共济</source>
        <translation>Family mutual aid (家庭共济)</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <source>，自 {date} 起</source>
        <translation>, since {date}</translation>
    </message>
    <message>
        <source>{giver} → {relative}：{status}{since}</source>
        <translation>{giver} → {relative}: {status}{since}</translation>
    </message>
</context>
<context>
    <name>BindingsPanel</name>
    <message>
        <source>家庭共济</source>
        <translation>Family mutual aid (家庭共济)</translation>
    </message>
    <message>
        <source>办理家庭共济…</source>
        <translation>Set up family mutual aid…</translation>
    </message>
    <message>
        <source>标记为已办理…</source>
        <translation>Mark as done…</translation>
    </message>
    <message>
        <source>标记为已解除…</source>
        <translation>Mark as ended…</translation>
    </message>
    <message>
        <source>谁来付钱？</source>
        <translation>Who pays?</translation>
    </message>
    <message>
        <source>亲属看病花了一笔钱，先扣谁的账户、各扣多少</source>
        <translation>A relative had medical costs: whose account is charged first, and how much from each</translation>
    </message>
    <message>
        <source>家庭共济列表</source>
        <translation>Family mutual aid list</translation>
    </message>
    <message>
        <source>还没有家庭共济记录。点“办理家庭共济…”，看看家人能不能用您的个人账户。</source>
        <translation>No family mutual aid records yet. Click &quot;Set up family mutual aid…&quot; to see whether your family can use your personal account (个人账户).</translation>
    </message>
    <message>
        <source>谁的个人账户给谁用。{rule}。</source>
        <translation>Whose personal account (个人账户) pays for whom. {rule}.</translation>
    </message>
    <message>
        <source>标记为已办理</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>{giver}给{relative}的家庭共济已经办好了吗？请填写生效（开始）日期。</source>
        <translation>Has the family mutual aid from {giver} to {relative} been set up? Please enter the date it took effect (start date).</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>共济人</source>
        <translation>Giver (共济人)</translation>
    </message>
    <message>
        <source>被共济亲属</source>
        <translation>Relative covered</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>备注 / 解除原因</source>
        <translation>Notes / why ended</translation>
    </message>
    <message>
        <source>谁的个人账户给谁用。</source>
        <translation>Whose personal account (个人账户) pays for whom.</translation>
    </message>
    <message>
        <source>标记为已解除</source>
        <translation>Mark as ended</translation>
    </message>
    <message>
        <source>{giver}给{relative}的家庭共济已经解除了吗？解除后记录会保留，状态改为“已解除”。</source>
        <translation>Has the family mutual aid from {giver} to {relative} ended? The record will be kept and its status changed to &quot;Ended&quot;.</translation>
    </message>
    <message>
        <source>解除日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>没有保存</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>CasePdf</name>
    <message>
        <source>{date}（周{weekday}）</source>
        <extracomment>QCoreApplication.translate; packaging/translations.py tells lupdate to read it as one</extracomment>
        <translation>{date} ({weekday})</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>（未指定成员，或该成员已被删除）</source>
        <translation>(no member chosen, or the member was deleted)</translation>
    </message>
    <message>
        <source>身份证号 {masked}</source>
        <translation>ID number {masked}</translation>
    </message>
    <message>
        <source>参保地 {region}</source>
        <translation>Insured region {region}</translation>
    </message>
    <message>
        <source>已去世（{date}）</source>
        <translation>Deceased ({date})</translation>
    </message>
    <message>
        <source>参保人：{who}</source>
        <translation>Insured person: {who}</translation>
    </message>
    <message>
        <source>{applicant}（是去世者的{relation}）</source>
        <translation>{applicant} (the deceased&apos;s {relation})</translation>
    </message>
    <message>
        <source>办理：{applicant}</source>
        <translation>Applying: {applicant}</translation>
    </message>
    <message>
        <source>结果摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>创建于 {date}</source>
        <translation>Created {date}</translation>
    </message>
    <message>
        <source>打印日期 {date}</source>
        <translation>Printed {date}</translation>
    </message>
    <message>
        <source>（可选）</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>备注：{note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>可信度：{level}</source>
        <translation>Confidence: {level}</translation>
    </message>
    <message>
        <source>核验日期 {date}</source>
        <translation>Checked on {date}</translation>
    </message>
    <message>
        <source>本清单由医保个人助手根据公开资料整理，仅供参考；各地规定不同，以当地医保部门公布为准。</source>
        <translation>This checklist was put together by Yibao Assistant (医保个人助手) from public sources, for reference only; rules differ from place to place, so follow what your local medical insurance office announces.</translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>CasePreviewPage</name>
    <message>
        <source>（可选）</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>清单</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>正在整理清单……</source>
        <translation>Preparing the checklist…</translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <source>保存到我的事项</source>
        <translation>Save to My cases</translation>
    </message>
    <message>
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>{date}（{left}）</source>
        <translation>{date} ({left})</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>下一个期限</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>已过期，请尽快办理</source>
        <translation>Overdue, please act soon</translation>
    </message>
    <message>
        <source>我的事项</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>向导帮您整理好的办事清单都保存在这里：办完一步就勾上一步，材料备齐就勾上材料，期限快到的排在最前面。可以导出 PDF 或打印出来带去办理。</source>
        <translation>The checklists the wizards prepared for you are kept here: tick off each step when it is done and each document once you have it. Cases with deadlines coming up are shown first. You can export a PDF or print it to take with you.</translation>
    </message>
    <message>
        <source>事项列表</source>
        <translation>Case list</translation>
    </message>
    <message>
        <source>还没有事项</source>
        <translation>No cases yet</translation>
    </message>
    <message>
        <source>事项是由向导生成的办事清单。在“概览”中选一个要办的事（例如异地就医备案），回答几个问题，最后点“保存为事项”，清单就会出现在这里，之后可以逐项勾选、记备注、导出 PDF 或打印。</source>
        <translation>A case is a checklist made by a wizard. On &quot;Overview&quot;, pick something you need to do (e.g. filing for care outside your insured region (异地就医备案)), answer a few questions, then click &quot;Save as case&quot;. The checklist will appear here, and you can tick off items, add notes, export a PDF or print it.</translation>
    </message>
    <message>
        <source>（这个版本还没有可用的向导。）</source>
        <translation>(No wizards are available in this version.)</translation>
    </message>
    <message>
        <source>创建于 {date}</source>
        <translation>Created {date}</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>事项状态</source>
        <translation>Case status</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>回来以后：手工报销…</source>
        <translation>After you return: manual reimbursement…</translation>
    </message>
    <message>
        <source>在外地看病时全部自己付了钱的，添加手工报销的材料清单和截止日期。</source>
        <translation>If you paid everything yourself while getting care elsewhere, add the document list and deadline for manual reimbursement (手工报销).</translation>
    </message>
    <message>
        <source>查看结果说明（{n} 条）</source>
        <translation>Show result notes ({n})</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>加入日历…</source>
        <translation>Add to calendar…</translation>
    </message>
    <message>
        <source>把这件事的期限写成日历文件（.ics），导入手机或电脑的日历后到时会提醒</source>
        <translation>Save this case&apos;s deadlines as a calendar file (.ics). Import it into the calendar on your phone or computer to get reminders.</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>事项备注</source>
        <translation>Case notes</translation>
    </message>
    <message>
        <source>例如：窗口电话、办理进度、需要补交的材料…</source>
        <translation>e.g. counter phone number, progress, documents still to hand in…</translation>
    </message>
    <message>
        <source>保存备注</source>
        <translation>Save notes</translation>
    </message>
    <message>
        <source>{text}（可选）</source>
        <translation>{text} (optional)</translation>
    </message>
    <message>
        <source>“{text}”的备注</source>
        <translation>Notes for &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>备注（可选），回车保存</source>
        <translation>Notes (optional), press Enter to save</translation>
    </message>
    <message>
        <source>已完成 {done} / {total} 项必做事项</source>
        <translation>{done} / {total} required items done</translation>
    </message>
    <message>
        <source>{label}：{due}</source>
        <translation>{label}: {due}</translation>
    </message>
    <message>
        <source>备注已保存。</source>
        <translation>Notes saved.</translation>
    </message>
    <message>
        <source>删除事项</source>
        <translation>Delete case</translation>
    </message>
    <message>
        <source>确定要删除“{title}”吗？清单的勾选和备注会一起删除，无法撤销。</source>
        <translation>Delete &quot;{title}&quot;? The checklist ticks and notes will be deleted too. This cannot be undone.</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>事项已删除。</source>
        <translation>Case deleted.</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>无法写入文件“{path}”，请换一个文件夹再试。（{why}）</source>
        <translation>Could not write the file &quot;{path}&quot;. Please try another folder. ({why})</translation>
    </message>
    <message>
        <source>已导出 PDF：{path}</source>
        <translation>PDF exported: {path}</translation>
    </message>
    <message>
        <source>无法打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>这个版本不能直接打印。请先“导出 PDF…”，再用看图或 PDF 软件打印。</source>
        <translation>This version cannot print directly. Please use &quot;Export PDF…&quot; first, then print it with an image viewer or PDF app.</translation>
    </message>
    <message>
        <source>已发送到打印机。</source>
        <translation>Sent to the printer.</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>要做的事</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>点击“保存到我的事项”，以后可以逐项打勾、记下每位亲属缴好了没有、导出 PDF 或打印。</source>
        <translation>Click &quot;Save to My cases&quot; so you can later tick off items, note whether each relative has paid, export a PDF or print it.</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>备注（可选，例如问到的截止日期、窗口电话）</source>
        <translation>Notes (optional, e.g. a deadline you were told, counter phone number)</translation>
    </message>
    <message>
        <source>要做的事和要带的材料</source>
        <translation>Things to do and documents to bring</translation>
    </message>
    <message>
        <source>点击“保存到我的事项”，以后可以逐项打勾、记备注、导出 PDF 或打印。</source>
        <translation>Click &quot;Save to My cases&quot; so you can later tick off items, add notes, export a PDF or print it.</translation>
    </message>
    <message>
        <source>日期提醒</source>
        <translation>Date reminders</translation>
    </message>
    <message>
        <source>备注（可选，例如窗口电话、问到的到账时间）</source>
        <translation>Notes (optional, e.g. counter phone number, when you were told the money will arrive)</translation>
    </message>
    <message>
        <source>不符合条件时，可以改做的事</source>
        <translation>If you don&apos;t qualify, what you can do instead</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>例如 1986-03-01</source>
        <extracomment>the day changed (a ``date``, or ``None`` when emptied or unreadable)</extracomment>
        <translation>e.g. 1986-03-01</translation>
    </message>
    <message>
        <source>日历</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>{field}：从日历中选择</source>
        <translation>{field}: choose from calendar</translation>
    </message>
    <message>
        <source>从日历中选择日期</source>
        <translation>Choose a date from the calendar</translation>
    </message>
</context>
<context>
    <name>DeadlinesBlock</name>
    <message>
        <source>近期期限</source>
        <translation>Upcoming deadlines</translation>
    </message>
    <message>
        <source>导出到日历…</source>
        <translation>Export to calendar…</translation>
    </message>
    <message>
        <source>把全家所有的期限写成日历文件（.ics），导入手机或电脑的日历后到时会提醒</source>
        <translation>Save all the family&apos;s deadlines as a calendar file (.ics). Import it into the calendar on your phone or computer to get reminders.</translation>
    </message>
    <message>
        <source>接下来 {n} 天</source>
        <translation>Next {n} days</translation>
    </message>
    <message>
        <source>还有 {n} 个期限，到“我的事项”查看</source>
        <translation>{n} more deadlines, see &quot;My cases&quot;</translation>
    </message>
    <message>
        <source>{due}（{left}）  {title}</source>
        <translation>{due} ({left})  {title}</translation>
    </message>
    <message>
        <source>打开事项</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>在“我的事项”中打开这件事</source>
        <translation>Open this case in &quot;My cases&quot;</translation>
    </message>
    <message>
        <source>去代缴</source>
        <translation>Pay for relatives</translation>
    </message>
    <message>
        <source>家庭成员</source>
        <translation>Family members</translation>
    </message>
    <message>
        <source>记录缴费</source>
        <translation>Record a payment</translation>
    </message>
    <message>
        <source>我的事项</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>前往</source>
        <translation>Go</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>日期和金额</source>
        <translation>Dates and amounts</translation>
    </message>
    <message>
        <source>还不清楚</source>
        <translation>Not sure yet</translation>
    </message>
    <message>
        <source>转不过去（新参保地不接收个人账户）</source>
        <translation>Can&apos;t be transferred (the new place doesn&apos;t accept the personal account)</translation>
    </message>
    <message>
        <source>能转过去</source>
        <translation>Can be transferred</translation>
    </message>
    <message>
        <source>例如 3456.78，不知道可以不填</source>
        <translation>e.g. 3456.78; leave empty if you don&apos;t know</translation>
    </message>
    <message>
        <source> 年度</source>
        <translation> (coverage year)</translation>
    </message>
    <message>
        <source>参保终止日期 *</source>
        <translation>Insurance end date *</translation>
    </message>
    <message>
        <source>个人账户能转到新参保地吗</source>
        <translation>Can the personal account be transferred to the new place of insurance?</translation>
    </message>
    <message>
        <source>个人账户余额（元）</source>
        <translation>Personal account balance (yuan)</translation>
    </message>
    <message>
        <source>已缴居民医保的年度 *</source>
        <translation>Coverage year of resident insurance (居民医保) already paid *</translation>
    </message>
    <message>
        <source>参加职工医保的日期 *</source>
        <translation>Date you joined employee insurance (职工医保) *</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>一般填去世的日期；医保经办机构记录的停保日期不同时，以停保日期为准。</source>
        <translation>Usually the date of death. If the medical insurance office recorded a different stop date, use that date.</translation>
    </message>
    <message>
        <source>重新提交的日期</source>
        <translation>Date resubmitted</translation>
    </message>
    <message>
        <source>参保终止日期</source>
        <translation>Insurance end date</translation>
    </message>
    <message>
        <source>参加职工医保的日期</source>
        <translation>Date you joined employee insurance</translation>
    </message>
    <message>
        <source>按缴费凭证或代缴记录填写，不知道可以不填</source>
        <translation>As on the payment receipt or the record of the payment for a relative (代缴); leave empty if you don&apos;t know</translation>
    </message>
    <message>
        <source>不填按今天计算，例如 2026-12-01</source>
        <translation>Leave empty to use today, e.g. 2026-12-01</translation>
    </message>
    <message>
        <source>去世日期 *</source>
        <translation>Date of death *</translation>
    </message>
    <message>
        <source>参保终止（停保）日期 *</source>
        <translation>Insurance end (stop) date *</translation>
    </message>
    <message>
        <source>已缴的居民医保费（元）</source>
        <translation>Resident insurance contributions paid (yuan)</translation>
    </message>
    <message>
        <source>代缴的金额（元）</source>
        <translation>Amount paid for relatives (yuan)</translation>
    </message>
    <message>
        <source>填办理停保（单位减员）的日期；还没停保的，填预计的日期。</source>
        <translation>Enter the date the insurance was stopped (removed from the employer&apos;s list); if it hasn&apos;t stopped yet, enter the expected date.</translation>
    </message>
    <message>
        <source>填原参保地停保（单位减员）的日期。</source>
        <translation>Enter the date the insurance stopped in the previous place (removed from the employer&apos;s list).</translation>
    </message>
    <message>
        <source>填原参保地停保的日期；还没停保的，填预计的日期。</source>
        <translation>Enter the date the insurance stopped in the previous place; if it hasn&apos;t stopped yet, enter the expected date.</translation>
    </message>
    <message>
        <source>年度指居民医保的待遇年度（一般在上一年的集中缴费期缴费）；职工医保的日期看单位参保或灵活就业开始缴费的日期。</source>
        <translation>The year is the resident insurance (居民医保) benefit year (usually paid for during the collection period of the year before). For the employee insurance (职工医保) date, use the day your employer enrolled you or you started paying as a flexible worker.</translation>
    </message>
    <message>
        <source>金额可以在医保 APP 的代缴记录里查到。</source>
        <translation>You can find the amount in the paying-for-relatives (代缴) records in the medical insurance app.</translation>
    </message>
    <message>
        <source>还没重新提交的，日期不用填，按今天计算。</source>
        <translation>If you haven&apos;t resubmitted yet, leave the date empty; today will be used.</translation>
    </message>
    <message>
        <source>可以在国家医保服务平台 APP 或当地医保公众号查询个人账户余额。</source>
        <translation>You can check your personal account (个人账户) balance in the national medical insurance app (国家医保服务平台 APP) or on your local medical insurance WeChat official account.</translation>
    </message>
    <message>
        <source>已按缴费记录推算出余额，可以按 APP 查到的数字修改。</source>
        <translation>The balance has been estimated from your contribution records; you can change it to the figure shown in the app.</translation>
    </message>
    <message>
        <source>按您填写的余额计算。</source>
        <translation>Calculated from the balance you entered.</translation>
    </message>
</context>
<context>
    <name>Discard</name>
    <message>
        <source>放弃填写的内容？</source>
        <translation>Discard what you entered?</translation>
    </message>
    <message>
        <source>您填写的内容还没有保存，关闭后就没有了。</source>
        <translation>What you entered hasn&apos;t been saved and will be lost when you close.</translation>
    </message>
    <message>
        <source>放弃并关闭</source>
        <translation>Discard and close</translation>
    </message>
    <message>
        <source>继续填写</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>无法完成操作</source>
        <translation>Could not complete the action</translation>
    </message>
    <message>
        <source>请检查输入</source>
        <translation>Please check your input</translation>
    </message>
    <message>
        <source>程序出错了</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>很抱歉，医保个人助手遇到了意外错误。您已保存的数据不会丢失。

如需反馈，请附上日志文件：
{path}</source>
        <translation>Sorry, Yibao Assistant ran into an unexpected error. The data you have saved will not be lost.

If you report this, please attach the log file:
{path}</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>关系</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>参保类型</source>
        <translation>Insurance type</translation>
    </message>
    <message>
        <source>参保地</source>
        <translation>Insured place</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>已去世（{date}）</source>
        <translation>Deceased ({date})</translation>
    </message>
    <message>
        <source>正常参保</source>
        <translation>Insured</translation>
    </message>
    <message>
        <source>未参保/已停保</source>
        <translation>Not insured / stopped</translation>
    </message>
    <message>
        <source>家庭成员</source>
        <translation>Family members</translation>
    </message>
    <message>
        <source>记录家里每个人的参保情况。家庭共济、代缴和异地备案都会用到这里的信息。身份证号只保存在本机，并且始终部分隐藏。</source>
        <translation>Record each family member&apos;s insurance details. Family mutual aid (家庭共济), paying for relatives (代缴) and filing for care elsewhere (异地就医备案) all use this information. ID numbers are stored only on this computer and are always partly hidden.</translation>
    </message>
    <message>
        <source>添加成员…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>家庭成员列表</source>
        <translation>Family member list</translation>
    </message>
    <message>
        <source>删除家庭成员</source>
        <translation>Delete family member</translation>
    </message>
    <message>
        <source>确定要删除“{name}”吗？与此人相关的记录也会一并删除，无法撤销。</source>
        <translation>Delete &quot;{name}&quot;? Records related to this person will also be deleted. This cannot be undone.</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>{mark}：{why}</source>
        <extracomment>the text colours (on a white page): good, waiting, a doubt, bad, and the quiet grey each level&apos;s mark and colour confidence levels the user should check against the local office&apos;s own word</extracomment>
        <translation>{mark}: {why}</translation>
    </message>
    <message>
        <source>未收录</source>
        <extracomment>a Chinese ideograph; a title with none before its first 《 or ( is an English gloss</extracomment>
        <translation>Not in the policy data</translation>
    </message>
    <message>
        <source>当地未收录，用全国的数</source>
        <translation>no local figure, national one used</translation>
    </message>
    <message>
        <source>{year} 年度的数</source>
        <translation>figure for {year}</translation>
    </message>
    <message>
        <source>自 {date} 起</source>
        <translation>from {date}</translation>
    </message>
    <message>
        <source>本地修改（您自己填写的值）</source>
        <translation>Local change (a value you entered)</translation>
    </message>
    <message>
        <source>依据：</source>
        <translation>Basis: </translation>
    </message>
    <message>
        <source>依据：您填写的家庭成员信息</source>
        <translation>Basis: the family details you entered</translation>
    </message>
    <message>
        <source>依据：您填写的（{what}）</source>
        <translation>Basis: what you entered ({what})</translation>
    </message>
    <message>
        <source>依据：您填写的</source>
        <translation>Basis: what you entered</translation>
    </message>
    <message>
        <source>政策库未收录“{label}”，以当地医保部门公布为准</source>
        <translation>The policy data has no &quot;{label}&quot;; follow what your local medical insurance office announces</translation>
    </message>
    <message>
        <source>政策库未收录，以当地医保部门公布为准</source>
        <translation>The policy data has no figure for this; follow what your local medical insurance office announces</translation>
    </message>
    <message>
        <source>政策库还没有当地的数，这里用的是全国的数。</source>
        <translation>The policy data has no local figure yet; this is the national one.</translation>
    </message>
    <message>
        <source>这是 {year} 年度的数，这一年度的还没有收录。</source>
        <translation>This is the figure for {year}; the one for this year is not in the policy data yet.</translation>
    </message>
    <message>
        <source>以当地医保部门公布为准。</source>
        <translation>Follow what your local medical insurance office announces.</translation>
    </message>
    <message>
        <source>{basis}。</source>
        <translation>{basis}.</translation>
    </message>
    <message>
        <source>怎么办：</source>
        <translation>What to do: </translation>
    </message>
    <message>
        <source>（怎么办：{fix}）</source>
        <translation> (what to do: {fix})</translation>
    </message>
    <message>
        <source>核验于 {date}</source>
        <translation>verified on {date}</translation>
    </message>
    <message>
        <source>，以当地医保部门公布为准</source>
        <translation>; follow what your local medical insurance office announces</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>记下来</source>
        <translation>Record it</translation>
    </message>
    <message>
        <source>保存后在“家庭成员”页面和概览里都能看到。还没去办的选“计划中”，办好了选“已办理”。</source>
        <translation>Once saved, it appears on the &quot;Family members&quot; page and in the overview. Choose &quot;Planned&quot; if you haven&apos;t done it yet, or &quot;Done&quot; if it&apos;s done.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>保存{name}的共济</source>
        <translation>Save {name}&apos;s mutual aid</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>例如：已在APP提交，等待确认</source>
        <translation>e.g. submitted in the app, waiting for confirmation</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>设置个人信息</source>
        <translation>Set up your personal details</translation>
    </message>
</context>
<context>
    <name>FlexibleDialog</name>
    <message>
        <source>灵活就业缴费计算</source>
        <translation>Flexible employment (灵活就业) contribution calculator</translation>
    </message>
    <message>
        <source>月缴费 = 缴费基数 × 缴费比例（+ 当地的大额医疗等附加费）。基数、比例和附加费以当地医保部门公布为准。</source>
        <translation>Monthly contribution = contribution base × rate (+ local add-ons such as major medical insurance). The base, the rate and the add-ons are as published by the local medical insurance office.</translation>
    </message>
    <message>
        <source>参保地</source>
        <translation>Insured place</translation>
    </message>
    <message>
        <source>不填则用当地公布的基数（如有）</source>
        <translation>Leave empty to use the locally published base (if any)</translation>
    </message>
    <message>
        <source>月缴费基数（元）</source>
        <translation>Monthly contribution base (yuan)</translation>
    </message>
    <message>
        <source>当地公布的比例，如 8%；不填则用政策库中的当地比例</source>
        <translation>Locally published rate, e.g. 8%; leave empty to use the local rate in the policy library</translation>
    </message>
    <message>
        <source>缴费比例（%）</source>
        <translation>Contribution rate (%)</translation>
    </message>
    <message>
        <source>大额医疗等每月附加，如 5，没有就空着</source>
        <translation>Monthly add-on such as major medical insurance, e.g. 5; leave empty if none</translation>
    </message>
    <message>
        <source>每月附加（元）</source>
        <translation>Monthly add-on (yuan)</translation>
    </message>
    <message>
        <source>按哪天的政策</source>
        <translation>Policy as of</translation>
    </message>
    <message>
        <source>各档次缴费</source>
        <translation>Contributions by level</translation>
    </message>
    <message>
        <source>档次</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>计算</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <source>每月</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>每年</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>个人账户</source>
        <translation>Personal account</translation>
    </message>
    <message>
        <source>请写成 2025-01-01 的样子</source>
        <translation>Please write it like 2025-01-01</translation>
    </message>
    <message>
        <source>缴费基数一般可在当地上年度平均工资的 {low}～{high} 之间选择〔{tag}〕。</source>
        <translation>The contribution base can usually be chosen between {low} and {high} of last year&apos;s local average wage ({tag}).</translation>
    </message>
    <message>
        <source>政策库中没有当地公布的缴费基数，请填写缴费基数。</source>
        <translation>The policy library has no locally published contribution base; please enter the contribution base.</translation>
    </message>
    <message>
        <source>政策库中也没有当地的缴费比例，请一并填写当地公布的比例。</source>
        <translation>The policy library has no local contribution rate either; please also enter the locally published rate.</translation>
    </message>
    <message>
        <source>以当地规定为准</source>
        <translation>Local rules apply</translation>
    </message>
    <message>
        <source>有</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>没有</source>
        <translation>No</translation>
    </message>
    <message>
        <source>您填写的比例</source>
        <translation>Rate you entered</translation>
    </message>
    <message>
        <source>比例 {rate} 是您填写的，请以当地医保部门公布为准</source>
        <translation>The rate {rate} was entered by you; the local medical insurance office&apos;s published rate applies</translation>
    </message>
    <message>
        <source>比例来源：{title}（{confidence}）</source>
        <translation>Rate source: {title} ({confidence})</translation>
    </message>
    <message>
        <source>基数 {base}</source>
        <translation>Base {base}</translation>
    </message>
    <message>
        <source>（当地公布的基数）</source>
        <translation>(locally published base)</translation>
    </message>
    <message>
        <source>。政策库中没有当地的缴费比例（全国没有统一比例，各市不同），请在上面“缴费比例”中填写当地公布的比例后再计算。</source>
        <translation>. The policy library has no local contribution rate (there is no national rate; it differs by city). Please enter the locally published rate under &quot;Contribution rate&quot; above, then calculate.</translation>
    </message>
    <message>
        <source>。政策库中没有当地的缴费比例，这里用的是您填写的比例。</source>
        <translation>. The policy library has no local contribution rate; the rate you entered is used here.</translation>
    </message>
    <message>
        <source>。以当地医保部门公布为准。</source>
        <translation>. The local medical insurance office&apos;s published figures apply.</translation>
    </message>
</context>
<context>
    <name>GiverPage</name>
    <message>
        <source>谁来出钱（共济人）</source>
        <translation>Who pays (account holder, 共济人)</translation>
    </message>
    <message>
        <source>共济人要参加职工医保，并且有个人账户（在职、退休或灵活就业“统账结合”都可以）。</source>
        <translation>The account holder must be in employee insurance (职工医保) and have a personal account (个人账户). Working, retired, or flexible employment with a personal account (统账结合) all qualify.</translation>
    </message>
    <message>
        <source>可不填，例如 2,500.00</source>
        <translation>Optional, e.g. 2,500.00</translation>
    </message>
    <message>
        <source>共济人 *</source>
        <translation>Account holder *</translation>
    </message>
    <message>
        <source>按哪天的政策检查 *</source>
        <translation>Check against the policy as of *</translation>
    </message>
    <message>
        <source>个人账户余额（元）</source>
        <translation>Personal account balance (yuan)</translation>
    </message>
    <message>
        <source>家里每个人能不能当共济人：</source>
        <translation>Can each family member be the account holder:</translation>
    </message>
    <message>
        <source>共济人检查结果</source>
        <translation>Account holder check results</translation>
    </message>
    <message>
        <source>没有符合条件的人</source>
        <translation>No one qualifies</translation>
    </message>
    <message>
        <source>还没有家庭成员。</source>
        <translation>No family members yet.</translation>
    </message>
    <message>
        <source>家里还没有人能当共济人。下面列出了每个人的原因和解决办法；改好家庭成员信息后再来。</source>
        <translation>No one in the family can be the account holder yet. The reasons and fixes for each person are listed below; come back after updating the family member details.</translation>
    </message>
    <message>
        <source>谁出钱：职工医保个人账户</source>
        <translation>Who pays: employee insurance personal account</translation>
    </message>
    <message>
        <source>先模拟一遍：账户里的钱够给哪几位亲属缴居民医保、按什么顺序、赶不赶得上截止日、还要准备多少现金。模拟不会动您的账户。</source>
        <translation>Try a simulation first: which relatives the money in the account can cover for resident insurance (居民医保), in what order, whether you will make the deadline, and how much cash you still need. The simulation does not touch your account.</translation>
    </message>
    <message>
        <source>还没有填写家庭成员也没关系：直接在下面填余额和参保地，下一步再添加要代缴的亲属。以后在“家庭成员”页面添加家人，就能自动带出。</source>
        <translation>It&apos;s fine if you haven&apos;t entered family members yet: just fill in the balance and insured place below, and add the relatives you are paying for in the next step. Once you add family on the &quot;Family members&quot; page, their details will be filled in automatically.</translation>
    </message>
    <message>
        <source>出钱的人</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>其他人（手动填写）</source>
        <translation>Someone else (enter manually)</translation>
    </message>
    <message>
        <source>出钱的人：</source>
        <translation>Payer:</translation>
    </message>
    <message>
        <source>出钱的人的称呼</source>
        <translation>What to call the payer</translation>
    </message>
    <message>
        <source>例如：我、爸爸</source>
        <translation>e.g. Me, Dad</translation>
    </message>
    <message>
        <source>称呼：</source>
        <translation>Called:</translation>
    </message>
    <message>
        <source>参保地：</source>
        <translation>Insured place:</translation>
    </message>
    <message>
        <source>个人账户余额</source>
        <translation>Personal account balance</translation>
    </message>
    <message>
        <source>例如 1500</source>
        <translation>e.g. 1500</translation>
    </message>
    <message>
        <source>个人账户余额（元）*：</source>
        <translation>Personal account balance (yuan) *:</translation>
    </message>
    <message>
        <source>每月划入</source>
        <translation>Monthly credit</translation>
    </message>
    <message>
        <source>不知道可以空着</source>
        <translation>Leave empty if you don&apos;t know</translation>
    </message>
    <message>
        <source>每月划入约（元）：</source>
        <translation>Monthly credit, about (yuan):</translation>
    </message>
    <message>
        <source>每月划入到账日</source>
        <translation>Day the monthly credit arrives</translation>
    </message>
    <message>
        <source> 号左右</source>
        <translation> (approx.)</translation>
    </message>
    <message>
        <source>每月到账日：</source>
        <translation>Arrives each month on day:</translation>
    </message>
    <message>
        <source>余额和每月划入可以在国家医保服务平台 APP 或当地医保 APP 的“个人账户”里查到。每月划入用来估算：钱不够时，哪个月以后才够。</source>
        <translation>You can find the balance and monthly credit under &quot;个人账户&quot; (personal account) in the national medical insurance app (国家医保服务平台 APP) or your local medical insurance app. The monthly credit is used to estimate from which month the money will be enough, if it is short now.</translation>
    </message>
    <message>
        <source>家庭成员中没有参加职工医保（有个人账户）的人。可以在下面手动填写出钱的人；只有职工医保的个人账户才能代缴。</source>
        <translation>No family member is in employee insurance (职工医保) with a personal account. You can enter the payer manually below; only an employee insurance personal account can be used to pay for relatives (代缴).</translation>
    </message>
    <message>
        <source>我</source>
        <translation>Me</translation>
    </message>
    <message>
        <source>已按“缴费记录”推算：截至 {date} 余额约 {balance}</source>
        <translation>Estimated from &quot;Contribution history&quot;: balance about {balance} as of {date}</translation>
    </message>
    <message>
        <source>，每月划入约 {credit}</source>
        <translation>, about {credit} credited each month</translation>
    </message>
    <message>
        <source>（{how}）</source>
        <translation>({how})</translation>
    </message>
    <message>
        <source>。可以改成 APP 上看到的数。</source>
        <translation>. You can change it to the figure shown in the app.</translation>
    </message>
    <message>
        <source>称呼太长了</source>
        <translation>The name is too long</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>费款所属期</source>
        <translation>Contribution period (费款所属期)</translation>
    </message>
    <message>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>险种</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>缴费基数</source>
        <translation>Contribution base</translation>
    </message>
    <message>
        <source>个人缴费</source>
        <translation>Personal contribution</translation>
    </message>
    <message>
        <source>单位缴费</source>
        <translation>Employer contribution</translation>
    </message>
    <message>
        <source>划入个人账户</source>
        <translation>Credited to personal account</translation>
    </message>
    <message>
        <source>缴费方</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>{name}代缴</source>
        <translation>Paid by {name} (代缴)</translation>
    </message>
    <message>
        <source>缴费状态</source>
        <translation>Payment status</translation>
    </message>
    <message>
        <source>待遇年度</source>
        <translation>Coverage year</translation>
    </message>
    <message>
        <source>缴费日期</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>手工录入</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>（已删除）</source>
        <extracomment>a reload finished: (totals) a reload started</extracomment>
        <translation>(deleted)</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>缴费记录</source>
        <translation>Contribution history</translation>
    </message>
    <message>
        <source>每个月交了多少、谁交的、划入个人账户多少。可以从医保 App 或 Excel 导出的明细导入，也可以手工添加。概览页的缴费年限、断缴提醒和个人账户都按这里的记录计算。</source>
        <translation>How much was paid each month, who paid it, and how much went into the personal account. You can import details exported from the medical insurance app or Excel, or add them by hand. The contribution years, missed-payment alerts and personal account on the overview page are all calculated from these records.</translation>
    </message>
    <message>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>按成员筛选</source>
        <translation>Filter by member</translation>
    </message>
    <message>
        <source>全部成员</source>
        <translation>All members</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>起始年份</source>
        <translation>From year</translation>
    </message>
    <message>
        <source>截止年份</source>
        <translation>To year</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>险种</source>
        <translation>Insurance type</translation>
    </message>
    <message>
        <source>按险种筛选</source>
        <translation>Filter by insurance type</translation>
    </message>
    <message>
        <source>全部险种</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>缴费年限与账户…</source>
        <translation>Contribution years and account…</translation>
    </message>
    <message>
        <source>灵活就业计算器…</source>
        <translation>Flexible employment calculator…</translation>
    </message>
    <message>
        <source>缴费记录列表</source>
        <translation>Contribution record list</translation>
    </message>
    <message>
        <source>正在加载…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>没有符合条件的记录。可以点“导入…”读入缴费明细，或点“添加…”手工录入。</source>
        <translation>No matching records. Click &quot;Import…&quot; to read in contribution details, or &quot;Add…&quot; to enter them by hand.</translation>
    </message>
    <message>
        <source>共 {count} 条 · 个人缴费合计 {personal} · 单位缴费合计 {employer} · 划入个人账户合计 {credited}</source>
        <translation>{count} records · personal contributions total {personal} · employer contributions total {employer} · credited to personal account total {credited}</translation>
    </message>
    <message>
        <source>已修改 {month} 的记录。</source>
        <translation>Record for {month} updated.</translation>
    </message>
    <message>
        <source>已添加 {month} 的记录。</source>
        <translation>Record for {month} added.</translation>
    </message>
    <message>
        <source>删除缴费记录</source>
        <translation>Delete contribution records</translation>
    </message>
    <message>
        <source>确定要删除选中的 {n} 条缴费记录吗？删除后可以点“撤销”恢复。</source>
        <translation>Delete the {n} selected contribution records? You can click &quot;Undo&quot; to restore them.</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已删除 {n} 条记录。点“撤销”可以恢复。</source>
        <translation>{n} records deleted. Click &quot;Undo&quot; to restore them.</translation>
    </message>
    <message>
        <source>已撤销上一步操作。</source>
        <translation>Last action undone.</translation>
    </message>
    <message>
        <source>导入完成：新增 {new} 条，替换 {replaced} 条，相同未改动 {same} 条，跳过 {skipped} 条。</source>
        <translation>Import finished: {new} added, {replaced} replaced, {same} unchanged (already identical), {skipped} skipped.</translation>
    </message>
    <message>
        <source>点“撤销”可以取消这次导入。</source>
        <translation>Click &quot;Undo&quot; to cancel this import.</translation>
    </message>
    <message>
        <source>导出缴费记录</source>
        <translation>Export contribution records</translation>
    </message>
    <message>
        <source>Excel 表格 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <source>已导出 {n} 条记录到 {path}</source>
        <translation>Exported {n} records to {path}</translation>
    </message>
    <message>
        <source>已保存{name}的缴费年限与账户信息。</source>
        <translation>Saved contribution years and account details for {name}.</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>缴费与个人账户</source>
        <translation>Contributions and personal account</translation>
    </message>
    <message>
        <source>查看缴费记录</source>
        <translation>View contribution records</translation>
    </message>
    <message>
        <source>正在计算缴费年限和个人账户…</source>
        <translation>Calculating contribution years and personal account…</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>图表显示哪位成员</source>
        <translation>Member shown in the chart</translation>
    </message>
    <message>
        <source>还没有缴费记录。到“缴费记录”页导入医保 App 或 Excel 里的明细，这里就会显示缴费年限、断缴提醒和个人账户余额。</source>
        <translation>No contribution records yet. Go to the &quot;Contribution records&quot; page and import the details from a medical insurance app or Excel; this area will then show your contribution years, warnings about gaps, and your personal account (个人账户) balance.</translation>
    </message>
    <message>
        <source>职工医保实际缴费 {actual}，视同缴费 {deemed}，累计 {total}</source>
        <translation>Employee medical insurance (职工医保): actual contributions {actual}, deemed contributions (视同缴费) {deemed}, total {total}</translation>
    </message>
    <message>
        <source>政策库中没有当地退休所需年限，请以当地规定为准</source>
        <translation>The policy database has no local figure for the years needed at retirement; please follow your local rules</translation>
    </message>
    <message>
        <source>{region}要求累计 {years}</source>
        <translation>{region} requires {years} in total</translation>
    </message>
    <message>
        <source>，其中在{region}实际缴费至少 {years}（您记录的缴费都按在当地缴的算）</source>
        <translation>, of which at least {years} actually paid in {region} (all contributions you recorded are counted as paid there)</translation>
    </message>
    <message>
        <source>，其中实际缴费至少 {years}</source>
        <translation>, of which at least {years} actually paid</translation>
    </message>
    <message>
        <source>；按 {date} 退休时的规定</source>
        <translation>; rules for retiring on {date}</translation>
    </message>
    <message>
        <source>（是否含视同年限以当地规定为准）</source>
        <translation>; whether deemed years (视同缴费年限) count depends on local rules</translation>
    </message>
    <message>
        <source>退休所需年限：已满足（{rule}）</source>
        <translation>Years needed for retirement: met ({rule})</translation>
    </message>
    <message>
        <source>退休所需年限：还差 {missing}，按月继续缴费预计 {month} 满足（{rule}）</source>
        <translation>Years needed for retirement: {missing} short; if you keep paying monthly, expected to be met in {month} ({rule})</translation>
    </message>
    <message>
        <source>有缴费记录的年度：{first}–{last}，共 {n} 年</source>
        <translation>Years with contribution records: {first}–{last}, {n} years in total</translation>
    </message>
    <message>
        <source>目前：本月或上月有缴费记录</source>
        <translation>Currently: contributions recorded this month or last month</translation>
    </message>
    <message>
        <source>目前：最近没有缴费记录</source>
        <translation>Currently: no recent contributions recorded</translation>
    </message>
    <message>
        <source>每月划入个人账户 {amount}：{why}</source>
        <translation>{amount} goes into the personal account each month: {why}</translation>
    </message>
    <message>
        <source>每月划入：{why}</source>
        <translation>Monthly deposit into the personal account: {why}</translation>
    </message>
    <message>
        <source>个人账户余额（按记录推算）{balance}</source>
        <translation>Personal account balance (estimated from your records): {balance}</translation>
    </message>
    <message>
        <source>，{n} 个月后约 {later}</source>
        <translation>, about {later} in {n} months</translation>
    </message>
    <message>
        <source>规则：{rule}</source>
        <translation>rule: {rule}</translation>
    </message>
    <message>
        <source>来源：{sources}</source>
        <translation>source: {sources}</translation>
    </message>
    <message>
        <source>{n} 条记录</source>
        <translation>{n} records</translation>
    </message>
</context>
<context>
    <name>IdNumberEdit</name>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>18 位，可不填</source>
        <translation>18 characters, optional</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>导入缴费记录</source>
        <extracomment>data rows shown in the preview besides the rows with a problem rows with a problem shown in the preview, and problems listed (a hostile file can have 100,000 of them; the summary still counts them all)</extracomment>
        <translation>Import contribution records</translation>
    </message>
    <message>
        <source>可以导入国家医保服务平台、地方医保 App 或 Excel 里导出的缴费明细（CSV 或 XLSX）。导入前会逐行检查，有问题的行会列出来，确认后才会保存。</source>
        <translation>You can import contribution details exported from the National Healthcare Security Service Platform app (国家医保服务平台 APP), a local medical insurance app, or Excel (CSV or XLSX). Every row is checked first; rows with problems are listed, and nothing is saved until you confirm.</translation>
    </message>
    <message>
        <source>还没有选择文件</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>导入给哪位家庭成员</source>
        <translation>Which family member to import for</translation>
    </message>
    <message>
        <source>导入给：</source>
        <translation>Import for:</translation>
    </message>
    <message>
        <source>文件编码</source>
        <translation>File encoding</translation>
    </message>
    <message>
        <source>自动识别</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>CSV 文件的分隔符</source>
        <translation>CSV file separator</translation>
    </message>
    <message>
        <source>分隔符：</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <source>编码：</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>列的对应关系</source>
        <translation>Column matching</translation>
    </message>
    <message>
        <source>文件中的列</source>
        <translation>Column in file</translation>
    </message>
    <message>
        <source>对应为</source>
        <translation>Maps to</translation>
    </message>
    <message>
        <source>发现的问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>文件内容预览（可直接修改有问题的格子）</source>
        <translation>File preview (you can fix problem cells directly)</translation>
    </message>
    <message>
        <source>列的对应（认不出的列请手动指定）</source>
        <translation>Column matching (set any column that isn&apos;t recognized by hand)</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Check results</translation>
    </message>
    <message>
        <source>文件内容（黄色是有问题的格子，双击可以直接改，改完点“重新检查”）</source>
        <translation>File contents (yellow cells have problems; double-click a cell to edit it, then click &quot;Check again&quot;)</translation>
    </message>
    <message>
        <source>已经有记录的月份：</source>
        <translation>Months that already have records:</translation>
    </message>
    <message>
        <source>保留原记录（跳过）</source>
        <translation>Keep existing records (skip)</translation>
    </message>
    <message>
        <source>用文件中的替换</source>
        <translation>Replace with the file&apos;s</translation>
    </message>
    <message>
        <source>跳过有问题的行</source>
        <translation>Skip rows with problems</translation>
    </message>
    <message>
        <source>保存模板…</source>
        <translation>Save template…</translation>
    </message>
    <message>
        <source>保存一个 CSV 模板（列名和一行示例），在 Excel 里填好后再导入</source>
        <translation>Save a CSV template (column names and one example row); fill it in with Excel, then import it</translation>
    </message>
    <message>
        <source>重新检查</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>选择缴费明细文件</source>
        <translation>Choose a contribution details file</translation>
    </message>
    <message>
        <source>表格文件 (*.csv *.xlsx *.txt);;所有文件 (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>保存导入模板</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <source>缴费记录导入模板.csv</source>
        <translation>contribution-records-import-template.csv</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>模板已保存到 {path}。用 Excel 打开填好后，在这里选择它导入。</source>
        <translation>Template saved to {path}. Open it in Excel, fill it in, then choose it here to import it.</translation>
    </message>
    <message>
        <source>正在读取文件…</source>
        <translation>Reading file…</translation>
    </message>
    <message>
        <source>Excel 工作表“{sheet}”</source>
        <translation>Excel sheet &quot;{sheet}&quot;</translation>
    </message>
    <message>
        <source>按 {encoding} 读取，分隔符：{delimiter}</source>
        <translation>Read as {encoding}, separator: {delimiter}</translation>
    </message>
    <message>
        <source>没能完成（{what}）。可以重新选择文件，或换一种编码、分隔符再试。</source>
        <translation>Couldn&apos;t finish ({what}). You can choose the file again, or try a different encoding or separator.</translation>
    </message>
    <message>
        <source>无法读取或写入这个文件</source>
        <translation>Can&apos;t read or write this file</translation>
    </message>
    <message>
        <source>程序出了问题，已记录到日志</source>
        <translation>Something went wrong in the app; it has been written to the log</translation>
    </message>
    <message>
        <source>（第 {n} 列，无标题）</source>
        <translation>(column {n}, no heading)</translation>
    </message>
    <message>
        <source>“{h}”对应为</source>
        <translation>&quot;{h}&quot; maps to</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>(Don&apos;t import)</translation>
    </message>
    <message>
        <source>认不出这一列，请指定它是什么，或保持“不导入”</source>
        <translation>This column wasn&apos;t recognized; choose what it is, or leave it as &quot;Don&apos;t import&quot;</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>共 {total} 行：新增 {new} 行，与已保存的完全相同 {same} 行（不会改动），已有记录但内容不同 {dup} 行，有问题 {bad} 行。</source>
        <translation>{total} rows in all: {new} new, {same} identical to what&apos;s already saved (won&apos;t be changed), {dup} already recorded but different, {bad} with problems.</translation>
    </message>
    <message>
        <source>另有 {n} 行的数字看起来不对劲，请核对（仍可导入）。</source>
        <translation>Another {n} rows have numbers that look unusual; please check them (they can still be imported).</translation>
    </message>
    <message>
        <source>请在下方改正有问题的格子后点“重新检查”，或勾选“跳过有问题的行”。</source>
        <translation>Please fix the problem cells below and click &quot;Check again&quot;, or tick &quot;Skip rows with problems&quot;.</translation>
    </message>
    <message>
        <source>第 {n} 行</source>
        <translation>Row {n}</translation>
    </message>
    <message>
        <source>……还有 {n} 个问题没有列出</source>
        <translation>…and {n} more problems not listed</translation>
    </message>
    <message>
        <source>已修改，请点“重新检查”。</source>
        <translation>Changed; please click &quot;Check again&quot;.</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>InsurancePage</name>
    <message>
        <source>您的参保情况</source>
        <translation>Your insurance</translation>
    </message>
    <message>
        <source>参保地是您缴医保的城市（统筹区）。直辖市选城市本身，省直辖县级市单独列出。</source>
        <translation>Your insured region is the city where you pay medical insurance (统筹区). For municipalities such as Beijing or Shanghai (直辖市), choose the city itself; county-level cities directly under a province are listed separately.</translation>
    </message>
    <message>
        <source>不确定是哪一类？单位给您交的是“职工医保”；自己以个人身份交、按月或按年的多为“灵活就业”；每年九月到年底集中缴一次、按人头交的是“城乡居民医保”。</source>
        <translation>Not sure which type? If your employer pays for you, it is employee medical insurance (职工医保); if you pay yourself as an individual, monthly or yearly, it is usually flexible employment (灵活就业); if it is paid once a year per person between September and the end of the year, it is urban and rural resident medical insurance (城乡居民医保).</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>家庭共济：用您的个人账户帮家人</source>
        <translation>Family mutual aid (家庭共济): use your personal account to help your family</translation>
    </message>
    <message>
        <source>先分清两件容易混的事，再一步步检查家人能不能绑定、怎么去办。</source>
        <translation>First, let&apos;s sort out two things that are easy to mix up; then check step by step whether your relatives can be linked and how to apply.</translation>
    </message>
    <message>
        <source>还没有填写个人信息和家庭成员。请先关闭本向导，在“家庭成员”页面填写您和家人的参保类型、参保地，再来办理家庭共济。</source>
        <translation>You haven&apos;t entered your details or family members yet. Please close this guide, enter the insurance type and insured region for you and your family on the &quot;Family members&quot; page, then come back to set up family mutual aid (家庭共济).</translation>
    </message>
</context>
<context>
    <name>LocalValueDialog</name>
    <message>
        <source>填写当地数值</source>
        <translation>Enter local figure</translation>
    </message>
    <message>
        <source>当地</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>请填写{region}医保部门公布的 {year} 年度{subject}。它会存为{region}的“本地修改”（自 {year}-01-01 起），马上用于计算，也会列在“政策参数”页面，随时可以恢复原值。</source>
        <translation>Please enter the {subject} for {year} published by the {region} medical insurance office. It will be saved as a &quot;Local change&quot; for {region} (from {year}-01-01), used in calculations right away, and listed on the &quot;Policy figures&quot; page, where you can restore the original value at any time.</translation>
    </message>
    <message>
        <source>当地的金额（元/年）</source>
        <translation>Local amount (yuan/year)</translation>
    </message>
    <message>
        <source>例如 400</source>
        <translation>e.g. 400</translation>
    </message>
    <message>
        <source>金额（元/年）*</source>
        <translation>Amount (yuan/year) *</translation>
    </message>
    <message>
        <source>在哪里看到的</source>
        <translation>Where you saw it</translation>
    </message>
    <message>
        <source>可不填，例如：{region}医保局 {year} 年度缴费通知</source>
        <translation>Optional, e.g. the {region} medical insurance bureau&apos;s notice on {year} contributions</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请填写金额，例如 400</source>
        <translation>Please enter an amount, e.g. 400</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>医保个人助手</source>
        <extracomment>started with ``--minimized`` (at login): no first paint to wait for deadline notifications and the tray icon (ui/tray.py), from ``ready`` on</extracomment>
        <translation>Yibao Assistant (医保个人助手)</translation>
    </message>
    <message>
        <source>正在打开数据…</source>
        <translation>Opening data…</translation>
    </message>
    <message>
        <source>页面导航</source>
        <translation>Page navigation</translation>
    </message>
    <message>
        <source>版本 {v}
离线运行，不联网</source>
        <translation>Version {v}
Runs offline; never connects to the internet</translation>
    </message>
    <message>
        <source>数据位置：{path}</source>
        <extracomment>pages built so far (the first one now, the others when first shown)</extracomment>
        <translation>Data location: {path}</translation>
    </message>
    <message>
        <source>正在打开…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>数据已升级到新版本，升级前的备份：{name}</source>
        <translation>Your data was upgraded to the new version. Backup from before the upgrade: {name}</translation>
    </message>
    <message>
        <source>数据未打开</source>
        <translation>Data not open</translation>
    </message>
    <message>
        <source>无法打开数据</source>
        <translation>Can&apos;t open data</translation>
    </message>
    <message>
        <source>尚未设置个人信息</source>
        <translation>Personal details not set up yet</translation>
    </message>
    <message>
        <source>{name} · {scheme}</source>
        <translation>{name} · {scheme}</translation>
    </message>
    <message>
        <source>已保存到“我的事项”：{title}</source>
        <translation>Saved to &quot;My cases&quot;: {title}</translation>
    </message>
    <message>
        <source>打开我的事项</source>
        <translation>Open My cases</translation>
    </message>
    <message>
        <source>已记录 {n} 条家庭共济，可以在“家庭成员”页面查看</source>
        <translation>Recorded {n} family mutual aid (家庭共济) links; you can see them on the &quot;Family members&quot; page</translation>
    </message>
    <message>
        <source>打开家庭成员</source>
        <translation>Open Family members</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>编辑个人信息</source>
        <translation>Edit my details</translation>
    </message>
    <message>
        <source>编辑家庭成员</source>
        <translation>Edit family member</translation>
    </message>
    <message>
        <source>添加家庭成员</source>
        <translation>Add family member</translation>
    </message>
    <message>
        <source>带 * 的为必填项。身份证号只保存在本机，界面中始终部分隐藏。</source>
        <translation>Fields marked * are required. ID numbers are stored only on this computer and are always partly hidden on screen.</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>与身份证一致</source>
        <translation>As on the ID card</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>目前在参保，能正常享受医保待遇</source>
        <translation>Currently insured and able to use medical insurance benefits</translation>
    </message>
    <message>
        <source>职工医保：单位或本人在按月缴费，退休人员不用再缴费也算；居民医保：今年的居民医保费已经交了（明年的费在征缴期另交）。</source>
        <translation>Employee medical insurance (职工医保): the employer or the person pays every month; retirees who no longer need to pay also count. Resident medical insurance (居民医保): this year&apos;s resident contribution has been paid (next year&apos;s is paid separately during the collection period).</translation>
    </message>
    <message>
        <source>已去世</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>去世日期</source>
        <translation>Date of death</translation>
    </message>
    <message>
        <source>去世日期，例如 2026-10-03</source>
        <translation>Date of death, e.g. 2026-10-03</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>与我的关系 *</source>
        <translation>Relationship to me *</translation>
    </message>
    <message>
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>性别 *</source>
        <translation>Sex *</translation>
    </message>
    <message>
        <source>出生日期 *</source>
        <translation>Date of birth *</translation>
    </message>
    <message>
        <source>参保类型 *</source>
        <translation>Insurance type *</translation>
    </message>
    <message>
        <source>参保地 *</source>
        <translation>Insured region *</translation>
    </message>
    <message>
        <source>参保状态</source>
        <translation>Insurance status</translation>
    </message>
    <message>
        <source>去世</source>
        <translation>Died</translation>
    </message>
    <message>
        <source>请填写去世日期</source>
        <translation>Please enter the date of death</translation>
    </message>
    <message>
        <source>请选择性别</source>
        <translation>Please choose a sex</translation>
    </message>
    <message>
        <source>请选择参保地（省份和城市）</source>
        <translation>Please choose the insured region (province and city)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>概览</source>
        <extracomment>Pages in navigation order.</extracomment>
        <translation>Overview</translation>
    </message>
    <message>
        <source>缴费记录</source>
        <translation>Contribution records</translation>
    </message>
    <message>
        <source>家庭成员</source>
        <translation>Family members</translation>
    </message>
    <message>
        <source>我的事项</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>政策参数</source>
        <translation>Policy figures</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>OffsiteFilingWizard</name>
    <message>
        <source>异地就医备案</source>
        <translation>Filing for care outside your region (异地就医备案)</translation>
    </message>
    <message>
        <source>回来以后：手工报销</source>
        <translation>After you return: manual reimbursement (手工报销)</translation>
    </message>
    <message>
        <source>（可选）</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>有效期</source>
        <translation>How long the filing is valid</translation>
    </message>
    <message>
        <source>按今天或出发日计，至少有效到 {date}。</source>
        <translation>Counting from today or the day you leave, it is valid at least until {date}.</translation>
    </message>
    <message>
        <source>对报销的影响</source>
        <translation>What it means for reimbursement</translation>
    </message>
    <message>
        <source>事后补办备案</source>
        <translation>Filing afterwards (事后补办备案)</translation>
    </message>
    <message>
        <source>回来以后：手工报销的期限</source>
        <translation>After you return: the deadline for manual reimbursement (手工报销)</translation>
    </message>
    <message>
        <source>这个日期所在年份的法定节假日还没有收录，只按周末推算，请留出余量。</source>
        <translation>The public holidays of that year are not in the app yet, so only weekends were counted; leave some margin.</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadlines</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>修改本地值</source>
        <translation>Change local value</translation>
    </message>
    <message>
        <source>如果您所在地的医保部门公布的数值与这里不同，可以在这里改成当地的数值。修改只影响“{region}”，会标记为“本地修改”，随时可以恢复原值。</source>
        <translation>If the figure published by your local medical insurance office differs from this one, you can change it to the local figure here. The change only affects &quot;{region}&quot;, is marked as &quot;Local change&quot;, and can be undone at any time.</translation>
    </message>
    <message>
        <source>参数：</source>
        <translation>Item:</translation>
    </message>
    <message>
        <source>目前的值：</source>
        <translation>Current value:</translation>
    </message>
    <message>
        <source>新的值 *</source>
        <translation>New value *</translation>
    </message>
    <message>
        <source>生效日期 *</source>
        <translation>Effective from *</translation>
    </message>
    <message>
        <source>例如：来自当地医保局 2025 年通知</source>
        <translation>e.g. from the local medical insurance bureau&apos;s 2025 notice</translation>
    </message>
    <message>
        <source>依据（备注）</source>
        <translation>Basis (note)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>概览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>全家人的参保情况一目了然；需要注意的事项排在最前面。</source>
        <translation>Your whole family&apos;s insurance at a glance; things that need attention come first.</translation>
    </message>
    <message>
        <source>家庭成员</source>
        <translation>Family members</translation>
    </message>
    <message>
        <source>接下来可以做</source>
        <translation>What you can do next</translation>
    </message>
    <message>
        <source>正在打开数据…</source>
        <translation>Opening data…</translation>
    </message>
    <message>
        <source>还没有设置个人信息。</source>
        <translation>Your personal details are not set up yet.</translation>
    </message>
    <message>
        <source>设置个人信息</source>
        <translation>Set up your details</translation>
    </message>
    <message>
        <source>告诉我您的参保类型和参保地，之后的政策和清单都按您所在地来。</source>
        <translation>Tell us your insurance type and insured region; policies and checklists will then follow your local rules.</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>添加家庭成员</source>
        <translation>Add family member</translation>
    </message>
    <message>
        <source>把父母、配偶、子女加进来，之后办理家庭共济和代缴时可以直接选择。</source>
        <translation>Add your parents, spouse and children, so you can simply pick them when setting up family mutual aid (家庭共济) or paying their contributions (代缴).</translation>
    </message>
    <message>
        <source>查看政策参数</source>
        <translation>View policy figures</translation>
    </message>
    <message>
        <source>看看您所在地的缴费标准、个人账户划入、异地就医等规定，以及每个数字的出处。</source>
        <translation>See your local contribution rates, personal account deposits, rules for care outside your region and more, with the source of each figure.</translation>
    </message>
    <message>
        <source>备份数据</source>
        <translation>Back up data</translation>
    </message>
    <message>
        <source>换电脑或重装系统前，先在设置里做一次备份。</source>
        <translation>Before changing computers or reinstalling the system, make a backup in Settings first.</translation>
    </message>
    <message>
        <source>请为{name}补充参保地，否则无法查到当地政策。</source>
        <translation>Please add the insured region for {name}; otherwise local policies can&apos;t be looked up.</translation>
    </message>
    <message>
        <source>{name}目前没有参保。居民医保在当地公布的集中缴费期内缴费，断缴后再参保需要等待一段时间才能报销。</source>
        <translation>{name} is not insured at the moment. Resident medical insurance (居民医保) is paid during the collection period (集中征缴期) your local office announces; after a gap, there is a waiting period (待遇等待期) after re-joining before costs can be reimbursed.</translation>
    </message>
    <message>
        <source>{name}目前没有参保。居民医保的集中缴费期通常是 {start} 至 {end}〔{tag}〕，以当地公布为准；断缴后再参保需要等待一段时间才能报销。</source>
        <translation>{name} is not insured at the moment. The collection period (集中征缴期) for resident medical insurance (居民医保) is usually {start} to {end} ({tag}); follow what your local office announces. After a gap, there is a waiting period (待遇等待期) after re-joining before costs can be reimbursed.</translation>
    </message>
    <message>
        <source>{name}目前没有参保。{region}居民医保的集中缴费期是 {start} 至 {end}〔{tag}〕，断缴后再参保需要等待一段时间才能报销。</source>
        <translation>{name} is not insured at the moment. In {region}, the collection period (集中征缴期) for resident medical insurance (居民医保) is {start} to {end} ({tag}); after a gap, there is a waiting period (待遇等待期) after re-joining before costs can be reimbursed.</translation>
    </message>
    <message>
        <source>正常参保</source>
        <translation>Insured</translation>
    </message>
    <message>
        <source>未参保</source>
        <translation>Not insured</translation>
    </message>
    <message>
        <source>参保地未填写</source>
        <translation>Insured region missing</translation>
    </message>
    <message>
        <source>{age} 岁</source>
        <translation>Age {age}</translation>
    </message>
    <message>
        <source>有个人账户，可为近亲属家庭共济</source>
        <translation>Has a personal account; can share it with close relatives (家庭共济)</translation>
    </message>
    <message>
        <source>单建统筹，没有个人账户</source>
        <translation>Pooled fund only (单建统筹), no personal account</translation>
    </message>
    <message>
        <source>这是您本人</source>
        <translation>This is you</translation>
    </message>
    <message>
        <source>前往</source>
        <translation>Go</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>您的基本信息</source>
        <translation>Your details</translation>
    </message>
    <message>
        <source>填写身份证号后，出生日期和性别会自动带出。</source>
        <translation>Enter the ID number and the date of birth and sex will be filled in automatically.</translation>
    </message>
    <message>
        <source>是谁的钱，由谁来办？</source>
        <translation>Whose money is it, and who is handling it?</translation>
    </message>
    <message>
        <source>与身份证一致</source>
        <translation>As on the ID card</translation>
    </message>
    <message>
        <source>不清楚</source>
        <translation>Not sure</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <source>还有其他继承人（如兄弟姐妹、另一位家长）</source>
        <translation>There are other heirs (e.g. siblings, the other parent)</translation>
    </message>
    <message>
        <source>参保人（钱是谁的）*</source>
        <translation>Insured person (whose money it is) *</translation>
    </message>
    <message>
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>参保类型</source>
        <translation>Insurance type</translation>
    </message>
    <message>
        <source>参保地 *</source>
        <translation>Insured region *</translation>
    </message>
    <message>
        <source>谁去办理 *</source>
        <translation>Who is handling it *</translation>
    </message>
    <message>
        <source>您是去世者的 *</source>
        <translation>Your relationship to the deceased *</translation>
    </message>
    <message>
        <source>其他继承人</source>
        <translation>Other heirs</translation>
    </message>
    <message>
        <source>参保地</source>
        <translation>Insured region</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>Self</translation>
    </message>
    <message>
        <source>{relation}，已去世</source>
        <translation>{relation}, deceased</translation>
    </message>
    <message>
        <source>不在家庭成员中的亲属（填写姓名）</source>
        <translation>A relative who is not in Family members (enter the name)</translation>
    </message>
    <message>
        <source>其他人（不是家庭成员，例如单位同事）</source>
        <translation>Someone else (not a family member, e.g. a coworker)</translation>
    </message>
    <message>
        <source>还没有家庭成员资料。可以直接填写参保人的姓名和参保地；以后在“家庭成员”页面添加，就能自动带出。</source>
        <translation>No family members yet. You can enter the insured person&apos;s name and region directly; once you add them on the &quot;Family members&quot; page, they&apos;ll be filled in automatically.</translation>
    </message>
    <message>
        <source>请选择去世的参保人，以及由谁来办理。</source>
        <translation>Please choose the deceased insured person and who is handling it.</translation>
    </message>
    <message>
        <source>请选择重复参保的那个人（已缴了居民医保、又参加了职工医保）。</source>
        <translation>Please choose the person insured twice (who paid resident insurance and also joined employee insurance).</translation>
    </message>
    <message>
        <source>请选择用个人账户代缴的那位职工（钱从谁的账户里出）。</source>
        <translation>Please choose the employee whose personal account (个人账户) pays for the relatives (代缴), i.e. whose account the money comes from.</translation>
    </message>
    <message>
        <source>请选择个人账户的主人，以及由谁来办理。</source>
        <translation>Please choose the owner of the personal account and who is handling it.</translation>
    </message>
    <message>
        <source>参保人自己去办。</source>
        <translation>The insured person handles it themselves.</translation>
    </message>
    <message>
        <source>单位的社保经办人员替本单位职工办理（例如职工离职、出国或去世）。</source>
        <translation>The employer&apos;s social insurance staff handle it for one of their employees (e.g. when the employee leaves the job, moves abroad or dies).</translation>
    </message>
    <message>
        <source>参保人去世后，由继承人（配偶、子女、父母等）办理。</source>
        <translation>After the insured person dies, an heir (spouse, child, parent, etc.) handles it.</translation>
    </message>
    <message>
        <source>受参保人或继承人委托去办，要带委托书和双方身份证。</source>
        <translation>Someone authorized by the insured person or an heir handles it; bring a letter of authorization (委托书) and both people&apos;s ID cards.</translation>
    </message>
    <message>
        <source>（这种情况一般不能由{who}办理，下一步会说明原因。）</source>
        <translation>(In this case {who} usually can&apos;t handle it; the next step explains why.)</translation>
    </message>
    <message>
        <source>请选择您与去世者的关系</source>
        <translation>Please choose your relationship to the deceased</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>缴哪一年、什么时候办、用哪种方式</source>
        <translation>Which year to pay for, when, and how</translation>
    </message>
    <message>
        <source>规定按出钱人的参保地从政策库带出，可以改成当地公布的数。</source>
        <translation>The rules come from the policy database for the payer&apos;s insured region; you can change them to the figures published locally.</translation>
    </message>
    <message>
        <source>待遇年度</source>
        <translation>Coverage year</translation>
    </message>
    <message>
        <source> 年度</source>
        <translation> coverage year</translation>
    </message>
    <message>
        <source>缴哪一年的（待遇年度）：</source>
        <translation>Coverage year to pay for (待遇年度):</translation>
    </message>
    <message>
        <source>打算哪天办</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <source>打算哪天办：</source>
        <translation>Planned date:</translation>
    </message>
    <message>
        <source>代缴方式</source>
        <extracomment>when the benefit year is collected, from the book (set when the rules arrive)</extracomment>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>当地规定</source>
        <extracomment>what each mode means (and, once the rules arrive, what the book says locally)</extracomment>
        <translation>Local rules</translation>
    </message>
    <message>
        <source>只有超过一定金额的余额才能用于共济</source>
        <translation>Only the part of the balance above a certain amount can be used for family mutual aid</translation>
    </message>
    <message>
        <source>有余额起点</source>
        <translation>Has a balance threshold</translation>
    </message>
    <message>
        <source>余额起点</source>
        <translation>Balance threshold</translation>
    </message>
    <message>
        <source>超过多少以上的部分能用（元）：</source>
        <translation>Only the part above this can be used (yuan):</translation>
    </message>
    <message>
        <source>账户还要扣长期护理保险费（长护险）</source>
        <translation>The account also pays long-term care insurance (长护险)</translation>
    </message>
    <message>
        <source>扣长护险</source>
        <translation>Deducts care insurance</translation>
    </message>
    <message>
        <source>长护险金额</source>
        <translation>Care insurance amount</translation>
    </message>
    <message>
        <source>长护险扣缴方式</source>
        <translation>How care insurance is deducted</translation>
    </message>
    <message>
        <source>每月扣</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>每年年底一次扣全年</source>
        <translation>Once at year end for the whole year</translation>
    </message>
    <message>
        <source>长护险（元/次）：</source>
        <translation>Care insurance (yuan each time):</translation>
    </message>
    <message>
        <source>正在查政策库……</source>
        <extracomment>the year and day are still the defaults (not changed by the user)</extracomment>
        <translation>Checking the policy database…</translation>
    </message>
    <message>
        <source>按当地规定填写</source>
        <translation>As set locally</translation>
    </message>
    <message>
        <source>每次扣多少</source>
        <translation>Amount per deduction</translation>
    </message>
    <message>
        <source>政策库：{region}申请成功后，钱在 {lag} 个月后的那个月到账〔{tag}〕。</source>
        <translation> Policy database: in {region} the money arrives in the month {lag} month(s) after the application is approved 〔{tag}〕.</translation>
    </message>
    <message>
        <source>政策库里没有当地 {year} 年度的集中缴费期，以当地医保部门公布为准。</source>
        <translation>The policy database has no local collection period (集中征缴期) for the {year} coverage year; follow what your local medical insurance office announces.</translation>
    </message>
    <message>
        <source>{year} 年度的居民医保一般在 {start} 至 {end} 集中缴费{tag}；各地不同，以当地医保部门公布为准。</source>
        <translation>Resident insurance (居民医保) for the {year} coverage year is usually paid from {start} to {end}{tag}; this differs from place to place, so follow what your local medical insurance office announces.</translation>
    </message>
    <message>
        <source>{y} 年 {m} 月</source>
        <translation>{y}-{m}</translation>
    </message>
    <message>
        <source>政策库：{region} {year} 年度的集中缴费期是 {start} 至 {end}{tag}。</source>
        <translation>Policy database: the collection period (集中征缴期) in {region} for the {year} coverage year is {start} to {end}{tag}.</translation>
    </message>
    <message>
        <source>上一步没有选出钱人的参保地，这里按全国规定；选了参保地会更准。</source>
        <translation>The payer&apos;s insured region wasn&apos;t chosen in the previous step, so national rules are used here; choosing the region gives more accurate results.</translation>
    </message>
    <message>
        <source>本地可用</source>
        <translation>Available locally</translation>
    </message>
    <message>
        <source>本地不支持</source>
        <translation>Not available locally</translation>
    </message>
    <message>
        <source>政策库无本地记录</source>
        <translation>No local record in the policy database</translation>
    </message>
    <message>
        <source>政策库：{region}余额超过 {amount} 的部分才可共济〔{tag}〕</source>
        <translation>Policy database: in {region}, only the balance above {amount} can be used for family mutual aid [{tag}]</translation>
    </message>
    <message>
        <source>政策库中本地没有余额起点的规定。有的地方只有超过一定金额的余额才能用于共济，以当地医保部门公布为准。</source>
        <translation>The policy database has no local rule on a minimum balance. In some places only the balance above a set amount can be used for family mutual aid (共济); follow what your local medical insurance office announces.</translation>
    </message>
    <message>
        <source>政策库：{region}长护险从个人账户{schedule}扣 {amount}〔{tag}〕</source>
        <translation>Policy database: {region} deducts {amount} {schedule} from the personal account for long-term care insurance [{tag}]</translation>
    </message>
    <message>
        <source>政策库中本地没有从个人账户扣长护险的记录；您的账户如果每月扣，请勾选并填写。</source>
        <translation>The policy database has no local record of care insurance being deducted from the personal account; if your account is charged every month, tick the box and enter the amount.</translation>
    </message>
    <message>
        <source>还在查政策库，请稍等再点“下一步”。</source>
        <translation>Still checking the policy database; please wait a moment, then click &quot;Next&quot;.</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>政策参数</source>
        <extracomment>the category entry that lists every 本地修改 (any region, any date)</extracomment>
        <translation>Policy figures</translation>
    </message>
    <message>
        <source>软件里用到的每个数字都在这里，并注明出处和可信程度。各地政策会调整，如与当地医保部门公布的不同，以当地为准，您也可以改成当地的数值（本地修改）。</source>
        <translation>Every figure the app uses is listed here, with its source and how reliable it is. Local policies change; if a figure differs from what your local medical insurance office publishes, the local figure applies, and you can change it here to the local value (Local change).</translation>
    </message>
    <message>
        <source>地区</source>
        <extracomment>the day 待核验 is judged on (tests set it) what the table shows: &quot;date&quot; (in force on the day), &quot;search&quot; (any date), &quot;local&quot;</extracomment>
        <translation>Region</translation>
    </message>
    <message>
        <source>查看日期</source>
        <translation>As of date</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>搜索参数、数值或来源（所有日期）</source>
        <translation>Search items, values or sources (all dates)</translation>
    </message>
    <message>
        <source>地区：</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>政策参数列表</source>
        <translation>Policy figures list</translation>
    </message>
    <message>
        <source>参数说明与出处</source>
        <translation>Explanation and source</translation>
    </message>
    <message>
        <source>修改本地值…</source>
        <translation>Change local value…</translation>
    </message>
    <message>
        <source>恢复原值</source>
        <translation>Restore original</translation>
    </message>
    <message>
        <source>参数</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>适用地区</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>不详</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>至今</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>可信度</source>
        <translation>Reliability</translation>
    </message>
    <message>
        <source>核验日期</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>用户填写</source>
        <translation>Entered by you</translation>
    </message>
    <message>
        <source>我的参保地：{name}</source>
        <translation>My insured region: {name}</translation>
    </message>
    <message>
        <source>全国</source>
        <translation>Nationwide</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>我的本地修改（所有地区、日期）</source>
        <translation>My local changes (all regions and dates)</translation>
    </message>
    <message>
        <source>所有日期共 {n} 项</source>
        <translation>{n} items across all dates</translation>
    </message>
    <message>
        <source>共 {n} 项</source>
        <translation>{n} items</translation>
    </message>
    <message>
        <source>搜索的是所有日期的数值，不只是所选日期的。</source>
        <translation>The search covers values from all dates, not just the selected date.</translation>
    </message>
    <message>
        <source>选择一行查看说明、出处和可信程度。</source>
        <translation>Select a row to see its explanation, source and reliability.</translation>
    </message>
    <message>
        <source>值：</source>
        <translation>Value:</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>本地修改：</source>
        <translation>Local change:</translation>
    </message>
    <message>
        <source>自 {d} 起由您设定。软件内置的值为 {orig}。备注：{note}</source>
        <translation>Set by you from {d}. The app&apos;s built-in value is {orig}. Note: {note}</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document number (文号)</translation>
    </message>
    <message>
        <source>发布机构</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>发布日期</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>网址</source>
        <translation>Web address</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>此数值并非来自官方文件原文，以当地医保部门公布为准。</source>
        <translation>This figure is not quoted from an official document; what your local medical insurance office publishes applies.</translation>
    </message>
    <message>
        <source>删除您对“{label}”的本地修改，恢复软件内置的值？</source>
        <translation>Delete your local change to &quot;{label}&quot; and restore the app&apos;s built-in value?</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProxyPaymentResult</name>
    <message>
        <source>现在</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>{day} 缴费期开始后</source>
        <translation>After the payment period opens on {day}</translation>
    </message>
    <message>
        <source>{month} 划入后（约 {day}）</source>
        <translation>After the {month} deposit (around {day})</translation>
    </message>
    <message>
        <source>截止前不够（{month} 才够）</source>
        <translation>Not enough before the deadline (enough in {month})</translation>
    </message>
    <message>
        <source>截止前不够</source>
        <translation>Not enough before the deadline</translation>
    </message>
    <message>
        <source>顺序</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>亲属</source>
        <translation>Relative</translation>
    </message>
    <message>
        <source>个人应缴</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>什么时候</source>
        <translation>When</translation>
    </message>
    <message>
        <source>缴后余额</source>
        <translation>Balance after</translation>
    </message>
    <message>
        <source>截止日</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>自己出的钱</source>
        <translation>Own money</translation>
    </message>
    <message>
        <source>先垫付</source>
        <translation>Paid up front</translation>
    </message>
    <message>
        <source>返还月份</source>
        <translation>Refund month</translation>
    </message>
    <message>
        <source>共济额度</source>
        <translation>Mutual aid amount</translation>
    </message>
</context>
<context>
    <name>ProxyPaymentWizard</name>
    <message>
        <source>代缴居民医保模拟</source>
        <translation>Paying relatives&apos; resident insurance (代缴): simulation</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>修改缴费记录</source>
        <translation>Edit contribution record</translation>
    </message>
    <message>
        <source>添加缴费记录</source>
        <translation>Add contribution record</translation>
    </message>
    <message>
        <source>带 * 的为必填项。金额按缴费明细填写，单位是元；不知道的可以空着。</source>
        <translation>Fields marked * are required. Enter amounts in yuan as shown in the contribution details; leave blank anything you don&apos;t know.</translation>
    </message>
    <message>
        <source>如 2024-05</source>
        <translation>e.g. 2024-05</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>明细上的“划入个人账户”，可不填</source>
        <translation>Amount credited to the personal account (划入个人账户) on the statement; optional</translation>
    </message>
    <message>
        <source>（不是代缴）</source>
        <translation>(not paid by someone else / 代缴)</translation>
    </message>
    <message>
        <source>居民医保填，如 2025</source>
        <translation>For resident insurance (居民医保), e.g. 2025</translation>
    </message>
    <message>
        <source>如 2024-11-03，可不填</source>
        <translation>e.g. 2024-11-03; optional</translation>
    </message>
    <message>
        <source>家庭成员 *</source>
        <translation>Family member *</translation>
    </message>
    <message>
        <source>费款所属期 *</source>
        <translation>Period paid for *</translation>
    </message>
    <message>
        <source>险种 *</source>
        <translation>Insurance type *</translation>
    </message>
    <message>
        <source>缴费基数</source>
        <translation>Contribution base</translation>
    </message>
    <message>
        <source>个人缴费 *</source>
        <translation>Personal contribution *</translation>
    </message>
    <message>
        <source>单位缴费</source>
        <translation>Employer contribution</translation>
    </message>
    <message>
        <source>划入个人账户</source>
        <translation>To personal account</translation>
    </message>
    <message>
        <source>缴费方</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>代缴人</source>
        <translation>Paid on their behalf by</translation>
    </message>
    <message>
        <source>缴费状态</source>
        <translation>Payment status</translation>
    </message>
    <message>
        <source>待遇年度</source>
        <translation>Benefit year</translation>
    </message>
    <message>
        <source>缴费日期</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>请写 4 位年份，如 2025</source>
        <translation>Please enter a 4-digit year, e.g. 2025</translation>
    </message>
    <message>
        <source>请写成 2024-11-03 的样子</source>
        <translation>Please write it like 2024-11-03</translation>
    </message>
    <message>
        <source>请先在“家庭成员”中添加成员</source>
        <translation>Please add members under &quot;Family members&quot; first</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>数据文件无法打开</source>
        <translation>The data file can&apos;t be opened</translation>
    </message>
    <message>
        <source>数据文件：{db}
恢复前，无法打开的文件会被保留并改名，不会被删除。</source>
        <translation>Data file: {db}
Before restoring, the file that can&apos;t be opened will be kept and renamed, not deleted.</translation>
    </message>
    <message>
        <source>可用的备份</source>
        <translation>Available backups</translation>
    </message>
    <message>
        <source>{when}（{reason}，{size} KB）</source>
        <translation>{when} ({reason}, {size} KB)</translation>
    </message>
    <message>
        <source>选择一个备份来恢复（最新的在最上面）：</source>
        <translation>Choose a backup to restore (newest at the top):</translation>
    </message>
    <message>
        <source>没有找到备份。如果您刚开始使用、还没有保存过资料，可以选择“重新开始”（空文件会改名保留在原文件夹中）；如果以前保存过资料，请先退出，看看其他地方（如另一台电脑、U 盘）是否还有数据文件或备份。</source>
        <translation>No backups found. If you have just started using the app and have not saved anything yet, you can choose &quot;Start over&quot; (the empty file will be renamed and kept in the same folder). If you saved information before, please quit first and check whether there is a data file or backup somewhere else (e.g. another computer or a USB drive).</translation>
    </message>
    <message>
        <source>没有找到备份。您可以先退出，把数据文件交给懂电脑的亲友检查。</source>
        <translation>No backups found. You can quit for now and give the data file to a friend or relative who knows computers to check.</translation>
    </message>
    <message>
        <source>从所选备份恢复</source>
        <translation>Restore from selected backup</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>重新开始（保留空文件）</source>
        <translation>Start over (keep the empty file)</translation>
    </message>
</context>
<context>
    <name>RefundWizard</name>
    <message>
        <source>个人账户返还与退费</source>
        <translation>Personal account payout and refunds</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>省份</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>参保地（市）</source>
        <translation>Insured city</translation>
    </message>
    <message>
        <source>请选择省份</source>
        <translation>Please choose a province</translation>
    </message>
    <message>
        <source>请先选择省份</source>
        <translation>Please choose a province first</translation>
    </message>
    <message>
        <source>请选择城市</source>
        <translation>Please choose a city</translation>
    </message>
</context>
<context>
    <name>RelativesPage</name>
    <message>
        <source>给谁用（被共济的亲属）</source>
        <translation>Who will use it (relatives receiving mutual aid)</translation>
    </message>
    <message>
        <source>勾选要绑定的家人，可以选多位。家人还没登记的，点“添加家庭成员…”。</source>
        <translation>Tick the family members to link; you can choose more than one. If someone is not registered yet, click &quot;Add family member…&quot;.</translation>
    </message>
    <message>
        <source>家庭成员</source>
        <translation>Family members</translation>
    </message>
    <message>
        <source>亲属 *</source>
        <translation>Relative *</translation>
    </message>
    <message>
        <source>添加家庭成员…</source>
        <translation>Add family member…</translation>
    </message>
    <message>
        <source>关系按“与您的关系”登记；共济人不是您本人时，软件会换算成与共济人的关系。</source>
        <translation>Relationships are recorded as &quot;relationship to you&quot;. If the account holder sharing the account is not you, the app converts them to the relationship to that person.</translation>
    </message>
    <message>
        <source>请至少勾选一位亲属</source>
        <translation>Please tick at least one relative</translation>
    </message>
    <message>
        <source>为谁代缴、按什么顺序</source>
        <translation>Whom to pay for, and in what order</translation>
    </message>
    <message>
        <source>钱不够时按列表顺序先缴前面的人。用“上移”“下移”调整；金额按亲属参保地的政策库标准带出，可以改。</source>
        <translation>If there is not enough money, people higher in the list are paid first. Use &quot;Move up&quot; and &quot;Move down&quot; to change the order. Amounts come from the policy data for each relative&apos;s insured region and can be changed.</translation>
    </message>
    <message>
        <source>要代缴的亲属（按顺序）</source>
        <translation>Relatives to pay for (in order)</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>按金额从少到多排</source>
        <translation>Sort by amount, smallest first</translation>
    </message>
    <message>
        <source>金额少的排前面，余额紧张时能先缴上的人最多。</source>
        <translation>Smaller amounts go first, so that when the balance is tight, as many people as possible get paid.</translation>
    </message>
    <message>
        <source>从家庭成员中添加</source>
        <extracomment>the household members that may be added (those not yet listed are offered)</extracomment>
        <translation>Add from family members</translation>
    </message>
    <message>
        <source>添加这位家庭成员</source>
        <translation>Add this family member</translation>
    </message>
    <message>
        <source>添加其他亲属</source>
        <translation>Add another relative</translation>
    </message>
    <message>
        <source>这位亲属</source>
        <translation>This relative</translation>
    </message>
    <message>
        <source>称呼或姓名*：</source>
        <translation>Name or what you call them*:</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(Please choose)</translation>
    </message>
    <message>
        <source>是出钱人的：</source>
        <translation>Relationship to the payer:</translation>
    </message>
    <message>
        <source>参保地：</source>
        <translation>Insured region:</translation>
    </message>
    <message>
        <source>个人缴费标准</source>
        <translation>Personal contribution rate</translation>
    </message>
    <message>
        <source>居民医保个人缴费（元/年）*：</source>
        <translation>Resident insurance (居民医保) personal contribution (yuan/year)*:</translation>
    </message>
    <message>
        <source>缴费人群</source>
        <translation>Contributor group</translation>
    </message>
    <message>
        <source>缴费人群：</source>
        <translation>Contributor group:</translation>
    </message>
    <message>
        <source>在校学生</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>是否在校学生</source>
        <translation>Student or not</translation>
    </message>
    <message>
        <source>填写当地数值…</source>
        <translation>Enter local figure…</translation>
    </message>
    <message>
        <source>填写当地的缴费标准</source>
        <translation>Enter the local contribution rate</translation>
    </message>
    <message>
        <source>把当地医保部门公布的金额存为“本地修改”，以后这个地区、这个年度都按它算。</source>
        <translation>Save the amount published by the local medical insurance office as a &quot;local change&quot;; it will then be used for this region and this year.</translation>
    </message>
    <message>
        <source>不是资助对象</source>
        <translation>Not subsidized</translation>
    </message>
    <message>
        <source>政策库：{group}的个人缴费由医疗救助全额资助，本人不用缴〔{tag}〕</source>
        <translation>Policy book: the personal contribution of {group} is paid in full by medical assistance (医疗救助); they pay nothing themselves ({tag})</translation>
    </message>
    <message>
        <source>资助多少以当地医保部门公布为准，请按当地的规定填写个人负担比例。</source>
        <translation>How much is subsidised is what the local medical insurance office announces: enter the share the person pays by the local rules.</translation>
    </message>
    <message>
        <source>资助参保：</source>
        <translation>Subsidized enrollment:</translation>
    </message>
    <message>
        <source>按当地公布的金额</source>
        <translation>Locally published amount</translation>
    </message>
    <message>
        <source>个人负担比例：</source>
        <translation>Share paid by the person:</translation>
    </message>
    <message>
        <source>个人部分走民政等专门渠道缴</source>
        <translation>Personal share paid via a special channel (e.g. civil affairs)</translation>
    </message>
    <message>
        <source>新生儿（出生后第一次参保）</source>
        <translation>Newborn (first enrollment after birth)</translation>
    </message>
    <message>
        <source>特殊情况：</source>
        <translation>Special case:</translation>
    </message>
    <message>
        <source>不确定</source>
        <translation>Not sure</translation>
    </message>
    <message>
        <source>已经绑定</source>
        <translation>Already linked</translation>
    </message>
    <message>
        <source>还没绑定</source>
        <translation>Not linked yet</translation>
    </message>
    <message>
        <source>家庭共济绑定：</source>
        <translation>Family mutual aid (家庭共济) link:</translation>
    </message>
    <message>
        <source>征缴期开始</source>
        <translation>Payment period starts</translation>
    </message>
    <message>
        <source>征缴期截止</source>
        <translation>Payment period ends</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>缴费期：</source>
        <translation>Payment period:</translation>
    </message>
    <message>
        <source>亲属称呼</source>
        <translation>Relative&apos;s name</translation>
    </message>
    <message>
        <source>亲属关系</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>资助参保类别</source>
        <translation>Subsidy category</translation>
    </message>
    <message>
        <source>个人负担比例</source>
        <translation>Personal share</translation>
    </message>
    <message>
        <source>专门渠道缴费</source>
        <translation>Special payment channel</translation>
    </message>
    <message>
        <source>新生儿</source>
        <translation>Newborn</translation>
    </message>
    <message>
        <source>是否已绑定</source>
        <translation>Linked?</translation>
    </message>
    <message>
        <source>（未填称呼）</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>还没有亲属。点“添加其他亲属”，或从家庭成员中添加。</source>
        <translation>No relatives yet. Click &quot;Add another relative&quot;, or add from family members.</translation>
    </message>
    <message>
        <source>当地</source>
        <translation>local</translation>
    </message>
    <message>
        <source>您填写的金额。</source>
        <translation>Amount you entered.</translation>
    </message>
    <message>
        <source>{region}按人群定个人缴费标准（{groups}），请先选这位亲属属于哪个人群。</source>
        <translation>{region} sets the personal contribution by group ({groups}). Please first choose which group this relative belongs to.</translation>
    </message>
    <message>
        <source>政策库里没有{region} {year} 年度的标准，请按当地公布的金额填写。</source>
        <translation>The policy data has no rate for {region} for {year}. Please enter the amount published locally.</translation>
    </message>
    <message>
        <source>这是全国最低标准，不是{region}的数：政策库还没有 {year} 年度的标准，先按 {figure_year} 年度的全国最低标准 {amount} 填写〔{tag}〕。请填写{region}公布的金额。</source>
        <translation>This is the national minimum, not the figure for {region}: the policy data has no rate for {year} yet, so the {figure_year} national minimum of {amount} has been filled in [{tag}]. Please enter the amount published by {region}.</translation>
    </message>
    <message>
        <source>这是全国最低标准（{year} 年度 {amount}〔{tag}〕），不是{region}的数。请填写{region}公布的金额。</source>
        <translation>This is the national minimum ({year}: {amount} [{tag}]), not the figure for {region}. Please enter the amount published by {region}.</translation>
    </message>
    <message>
        <source>政策库还没有 {year} 年度的标准，先按 {figure_year} 年度的 {amount} 填写〔{tag}〕，请改成当地公布的金额。</source>
        <translation>The policy data has no rate for {year} yet, so the {figure_year} amount of {amount} has been filled in [{tag}]. Please change it to the amount published locally.</translation>
    </message>
    <message>
        <source>政策库：{region} {year} 年度{group}个人缴费 {amount}〔{tag}〕</source>
        <translation>Policy data: {region}, {year}, {group} personal contribution {amount} [{tag}]</translation>
    </message>
    <message>
        <source>政策库：{region} {year} 年度个人缴费 {amount}〔{tag}〕</source>
        <translation>Policy data: {region}, {year}, personal contribution {amount} [{tag}]</translation>
    </message>
    <message>
        <source> 这个数未经证实，以当地医保部门公布为准。</source>
        <translation> This figure is unconfirmed; the local medical insurance office&apos;s published figure applies.</translation>
    </message>
    <message>
        <source>不知道当地的缴费期，请按当地公布的日期填写。</source>
        <translation>The local payment period is unknown. Please enter the dates published locally.</translation>
    </message>
    <message>
        <source>您填写的缴费期。</source>
        <translation>Payment period you entered.</translation>
    </message>
    <message>
        <source>按通常月份估计〔{tag}〕，请以当地公布的日期为准。</source>
        <translation>Estimated from the usual months [{tag}]; the dates published locally apply.</translation>
    </message>
    <message>
        <source>政策库：{region}公布的缴费期〔{tag}〕</source>
        <translation>Policy data: payment period published by {region} [{tag}]</translation>
    </message>
    <message>
        <source>居民医保个人缴费</source>
        <translation>Resident insurance personal contribution</translation>
    </message>
    <message>
        <source>请填写称呼或姓名，例如“妈妈”</source>
        <translation>Please enter a name or what you call them, e.g. &quot;Mom&quot;</translation>
    </message>
    <message>
        <source>截止日期不能早于开始日期</source>
        <translation>The end date can&apos;t be earlier than the start date</translation>
    </message>
    <message>
        <source>请至少添加一位要代缴的亲属。</source>
        <translation>Please add at least one relative to pay for.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>还有 {n} 天</source>
        <extracomment>CJK families in order of preference (DESIGN §5); without one Qt may pick the JP variant.</extracomment>
        <translation>{n} days left</translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>已过期 {n} 天</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <source>{due}（{left}）{title}</source>
        <extracomment>how often the monitor looks again while the app runs (the date may have changed) notices listed one by one in a notification; the rest are counted</extracomment>
        <translation>{due} ({left}) {title}</translation>
    </message>
    <message>
        <source>医保期限提醒</source>
        <translation>Medical insurance deadline reminder</translation>
    </message>
    <message>
        <source>……还有 {n} 个，请打开概览查看</source>
        <translation>…and {n} more; open Overview to see them</translation>
    </message>
    <message>
        <source>有 {n} 个医保期限需要注意</source>
        <translation>{n} medical insurance deadlines need attention</translation>
    </message>
    <message>
        <source>医保个人助手</source>
        <extracomment>how long settings must stay unchanged before the deadlines are looked at again the notices just shown (a list of :class:`~yibao.services.reminders.Notice`)</extracomment>
        <translation>Yibao Assistant</translation>
    </message>
    <message>
        <source>打开医保个人助手</source>
        <translation>Open Yibao Assistant</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>导出到日历</source>
        <extracomment>rows shown; the rest are counted</extracomment>
        <translation>Export to calendar</translation>
    </message>
    <message>
        <source>日历文件 (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>医保期限.ics</source>
        <translation>medical-insurance-deadlines.ics</translation>
    </message>
    <message>
        <source>已导出 {n} 个期限到 {path}。在手机或电脑的日历里导入这个文件，每个期限前 {lead} 天和当天上午 9 点会提醒；再次导入会更新，不会重复。</source>
        <translation>Exported {n} deadlines to {path}. Import this file into the calendar on your phone or computer: it will remind you {lead} days before each deadline and at 9 a.m. on the day. Importing it again updates the entries without creating duplicates.</translation>
    </message>
    <message>
        <source>无法写入文件“{path}”，请换一个文件夹再试。（{why}）</source>
        <translation>Can&apos;t write the file &quot;{path}&quot;. Please try another folder. ({why})</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>该办哪种备案、怎么办</source>
        <translation>Which filing (备案) you need, and how to do it</translation>
    </message>
    <message>
        <source>点“保存到我的事项”，清单会保存到“我的事项”，可以逐项勾选、导出 PDF 或打印。</source>
        <translation>Click &quot;Save to My cases&quot; and the checklist is saved to &quot;My cases&quot;, where you can tick off items one by one, export a PDF or print.</translation>
    </message>
    <message>
        <source>备案方案</source>
        <translation>Filing plan</translation>
    </message>
    <message>
        <source>正在整理…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>模拟结果</source>
        <translation>Simulation result</translation>
    </message>
    <message>
        <source>想换顺序，选中一行点“上移”“下移”，结果马上重算。</source>
        <translation>To change the order, select a row and click &quot;Move up&quot; or &quot;Move down&quot;; the result is recalculated right away.</translation>
    </message>
    <message>
        <source>每位亲属的结果</source>
        <translation>Result for each relative</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>结果说明</source>
        <translation>About the results</translation>
    </message>
    <message>
        <source>请返回上一步，改正标红的内容。</source>
        <translation>Please go back and correct what is marked in red.</translation>
    </message>
    <message>
        <source>{mode} · {year} 年度 · {day} 办理 · 余额 {balance}，现在可用 {usable}</source>
        <translation>{mode} · year {year} · on {day} · balance {balance}, available now {usable}</translation>
    </message>
    <message>
        <source>个人缴费标准{group}：{amount}</source>
        <extracomment>columns shown only in one mode</extracomment>
        <translation>Personal contribution rate{group}: {amount}</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>每位亲属</source>
        <translation>Each relative</translation>
    </message>
    <message>
        <source>还要知道</source>
        <translation>Also good to know</translation>
    </message>
    <message>
        <source>〔〕里是依据的可信程度和地区。未经证实或二手资料的规定，以当地医保部门公布为准；以后的划入是按您填的每月划入估算的。</source>
        <translation>The [ ] brackets show how reliable the source is and which region it applies to. For rules that are unconfirmed or second-hand, what the local medical insurance office publishes applies. Future amounts credited to the account are estimated from the monthly amount you entered.</translation>
    </message>
    <message>
        <source>能不能办、什么时候办、能拿回多少</source>
        <translation>Can you apply, when, and how much you can get back</translation>
    </message>
    <message>
        <source>判断结果</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>正在按政策库判断……</source>
        <translation>Checking against the policy data…</translation>
    </message>
    <message>
        <source>最早 {date} 可以去申请。</source>
        <translation>You can apply from {date} at the earliest.</translation>
    </message>
    <message>
        <source>现在就可以去申请。</source>
        <translation>You can apply now.</translation>
    </message>
    <message>
        <source>为什么</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>您可以这样做</source>
        <translation>What you can do</translation>
    </message>
    <message>
        <source>建议</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>能拿回多少</source>
        <translation>How much you can get back</translation>
    </message>
    <message>
        <source>什么时候到账</source>
        <translation>When the money arrives</translation>
    </message>
    <message>
        <source>〔〕里是依据的可信程度和地区。未经证实或二手资料的规定，以当地医保部门公布为准；可以在“政策参数”页面按当地规定修改。</source>
        <translation>The [ ] brackets show how reliable the source is and which region it applies to. For rules that are unconfirmed or second-hand, what the local medical insurance office publishes applies. You can change them to match local rules on the &quot;Policy figures&quot; page.</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <source>关闭提示</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>ScenarioPage</name>
    <message>
        <source>您遇到的是哪种情况？</source>
        <translation>What is your situation?</translation>
    </message>
    <message>
        <source>职工医保个人账户里的钱一般不能直接取现。下面这些情况可以一次性领取、继承或退费。</source>
        <translation>Money in an employee insurance (职工医保) personal account (个人账户) usually can&apos;t be withdrawn as cash. In the situations below it can be paid out in one go, inherited or refunded.</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>Situation</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>设置</source>
        <extracomment>English is wired end to end (translator, Qt&apos;s own strings, restart) but most strings are not translated yet, so the choice says so.</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <source>数据保存位置、备份与恢复、期限提醒、字体大小和界面语言。</source>
        <translation>Where data is saved, backup and restore, deadline reminders, font size and display language.</translation>
    </message>
    <message>
        <source>数据位置</source>
        <translation>Data location</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>数据文件：</source>
        <translation>Data file:</translation>
    </message>
    <message>
        <source>日志文件：</source>
        <translation>Log file:</translation>
    </message>
    <message>
        <source>数据只保存在这台电脑上，只有当前系统用户可以读取；软件不联网。</source>
        <translation>Data is saved only on this computer and only your user account on this computer can read it. The app does not go online.</translation>
    </message>
    <message>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>保存备份到文件…</source>
        <translation>Save backup to file…</translation>
    </message>
    <message>
        <source>从文件恢复…</source>
        <translation>Restore from file…</translation>
    </message>
    <message>
        <source>已有的备份</source>
        <translation>Existing backups</translation>
    </message>
    <message>
        <source>每次升级数据格式前都会自动备份。恢复时，当前数据会先另存一份备份，不会丢失。换电脑前，用“保存备份到文件…”把备份存到 U 盘或网盘（可以设密码），在新电脑上用“从文件恢复…”。</source>
        <translation>A backup is made automatically before each data format upgrade. When you restore, the current data is first saved as a backup, so nothing is lost. Before changing computers, use &quot;Save backup to file…&quot; to put a backup on a USB drive or cloud drive (you can set a password), then use &quot;Restore from file…&quot; on the new computer.</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>标准字号</source>
        <translation>Standard size</translation>
    </message>
    <message>
        <source>大字模式（适合老年人）</source>
        <translation>Large text (easier for older people)</translation>
    </message>
    <message>
        <source>字体大小：</source>
        <translation>Font size:</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Display language</translation>
    </message>
    <message>
        <source>立即重启</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <source>关闭并重新打开软件，换成所选的语言</source>
        <translation>Close and reopen the app in the chosen language</translation>
    </message>
    <message>
        <source>界面语言：</source>
        <translation>Display language:</translation>
    </message>
    <message>
        <source>医保个人助手 {v}。政策数值仅供参考，以当地医保部门公布为准。</source>
        <translation>Yibao Assistant {v}. Policy figures are for reference only; what the local medical insurance office publishes applies.</translation>
    </message>
    <message>
        <source>期限提醒</source>
        <translation>Deadline reminders</translation>
    </message>
    <message>
        <source>提前提醒天数</source>
        <translation>Days of advance reminder</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>提前提醒：</source>
        <translation>Remind in advance:</translation>
    </message>
    <message>
        <source>期限前这么多天、前一天和当天各提醒一次；导出的日历也按这个天数提醒。</source>
        <translation>You are reminded this many days before a deadline, on the day before, and on the day itself. Exported calendars use the same number of days.</translation>
    </message>
    <message>
        <source>概览列出的期限范围</source>
        <translation>Deadlines shown in Overview</translation>
    </message>
    <message>
        <source>概览列出：</source>
        <translation>Overview shows:</translation>
    </message>
    <message>
        <source>概览页列出这么多天之内的期限（已过期的也列出）。</source>
        <translation>The Overview page lists deadlines within this many days (overdue ones too).</translation>
    </message>
    <message>
        <source>安静模式：不弹出通知（概览页仍列出期限）</source>
        <translation>Quiet mode: no pop-up notifications (Overview still lists deadlines)</translation>
    </message>
    <message>
        <source>通知显示在系统托盘（任务栏通知区）。</source>
        <translation>Notifications appear in the system tray (the notification area of the taskbar).</translation>
    </message>
    <message>
        <source>这台电脑没有系统托盘，通知显示在窗口底部的状态栏。</source>
        <translation>This computer has no system tray; notifications appear in the status bar at the bottom of the window.</translation>
    </message>
    <message>
        <source>软件没有运行时不会提醒；想在软件关着时也收到提醒，请把期限导出到手机或电脑的日历。</source>
        <translation>There are no reminders while the app is not running. To get reminders when it&apos;s closed, export the deadlines to the calendar on your phone or computer.</translation>
    </message>
    <message>
        <source>登录电脑后自动在后台启动，检查期限</source>
        <translation>Start in the background when I log in, to check deadlines</translation>
    </message>
    <message>
        <source>导出全部期限到日历…</source>
        <translation>Export all deadlines to calendar…</translation>
    </message>
    <message>
        <source>这个系统不支持开机自动启动。</source>
        <translation>This system doesn&apos;t support starting automatically at login.</translation>
    </message>
    <message>
        <source>默认关闭。打开后，每次登录电脑时软件会最小化启动，只在期限快到时提醒您；关闭这个选项就删除启动项。启动项位置：{where}</source>
        <translation>Off by default. When it is on, the app starts minimized every time you log in to the computer and only reminds you when a deadline is near. Turning this option off removes the startup entry. Startup entry location: {where}</translation>
    </message>
    <message>
        <source>无法修改开机启动：{err}</source>
        <translation>Couldn&apos;t change the startup setting: {err}</translation>
    </message>
    <message>
        <source>手动备份</source>
        <translation>Manual backup</translation>
    </message>
    <message>
        <source>升级前自动备份</source>
        <translation>Automatic backup before upgrade</translation>
    </message>
    <message>
        <source>恢复前自动备份</source>
        <translation>Automatic backup before restore</translation>
    </message>
    <message>
        <source>{when}&#x3000;{reason}&#x3000;{size} KB</source>
        <translation>{when}  {reason}  {size} KB</translation>
    </message>
    <message>
        <source>还没有备份</source>
        <translation>No backups yet</translation>
    </message>
    <message>
        <source>已备份到：{path}</source>
        <translation>Backed up to: {path}</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>用所选备份替换当前数据？当前数据会先自动另存一份备份，之后仍可恢复。</source>
        <translation>Replace the current data with the selected backup? The current data will first be saved as a backup automatically, so you can still restore it later.</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已从备份恢复：{name}</source>
        <translation>Restored from backup: {name}</translation>
    </message>
    <message>
        <source>已保存到 {path}（已加密，恢复时要输入密码）</source>
        <translation>Saved to {path} (encrypted; you will need the password to restore it)</translation>
    </message>
    <message>
        <source>已保存到 {path}（没有设密码，请妥善保管这个文件）</source>
        <translation>Saved to {path} (no password set; please keep this file safe)</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>从文件恢复</source>
        <translation>Restore from file</translation>
    </message>
    <message>
        <source>用“{name}”替换当前数据？当前数据会先自动另存一份备份，之后仍可恢复。</source>
        <translation>Replace the current data with &quot;{name}&quot;? The current data will first be saved as a backup automatically, so you can still restore it later.</translation>
    </message>
    <message>
        <source>已从文件恢复：{name}</source>
        <translation>Restored from file: {name}</translation>
    </message>
    <message>
        <source>正在检查备份文件…</source>
        <translation>Checking the backup file…</translation>
    </message>
    <message>
        <source>无法保存设置：{err}</source>
        <translation>Couldn&apos;t save the settings: {err}</translation>
    </message>
    <message>
        <source>重新启动软件后生效</source>
        <translation>Takes effect after restarting the app</translation>
    </message>
    <message>
        <source>没能自动重启，请手动关闭后重新打开软件</source>
        <translation>Could not restart by itself; please close the app and open it again</translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <source>怎么办：步骤、材料和常见问题</source>
        <translation>How to do it: steps, documents and common questions</translation>
    </message>
    <message>
        <source>任选一种渠道办理即可。手机办不了的，可以到窗口请工作人员帮忙。</source>
        <translation>Any one of these channels will do. If it can&apos;t be done on the phone, you can go to a counter and ask the staff for help.</translation>
    </message>
    <message>
        <source>办理步骤</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>下面是给{names}办理的方法。</source>
        <translation>Here is how to do it for {names}.</translation>
    </message>
    <message>
        <source>这次选的亲属都已经记录过共济，不用重复办理；可以在“家庭成员”页面的家庭共济列表中查看或修改。</source>
        <translation>Family mutual aid (家庭共济) is already recorded for all the relatives you chose, so there is no need to do it again. You can view or change it in the family mutual aid list on the &quot;Family members&quot; page.</translation>
    </message>
    <message>
        <source>这次选的亲属都暂时不能办理（原因和解决办法见上一页）。下面的常见问题也许能帮上忙；条件满足后可以再来。</source>
        <translation>None of the relatives you chose can be handled for now (see the previous page for the reasons and what to do). The common questions below may help; come back once the conditions are met.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>确认信息</source>
        <translation>Confirm details</translation>
    </message>
    <message>
        <source>点击“完成”保存。以后可以在“家庭成员”页面随时修改。</source>
        <translation>Click &quot;Finish&quot; to save. You can change this any time on the &quot;Family members&quot; page.</translation>
    </message>
    <message>
        <source>姓名：{v}</source>
        <translation>Name: {v}</translation>
    </message>
    <message>
        <source>性别：{v}</source>
        <translation>Sex: {v}</translation>
    </message>
    <message>
        <source>出生日期：{v}</source>
        <translation>Date of birth: {v}</translation>
    </message>
    <message>
        <source>身份证号：{v}</source>
        <translation>ID number: {v}</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>参保类型：{v}</source>
        <translation>Insurance type: {v}</translation>
    </message>
    <message>
        <source>参保地：{v}</source>
        <translation>Insured region: {v}</translation>
    </message>
</context>
<context>
    <name>TreatedPage</name>
    <message>
        <source>看病和付费的情况</source>
        <translation>Treatment and payment</translation>
    </message>
    <message>
        <source>报销和补办备案的期限从这些日期算起。记不清的，看发票或出院记录上的日期。</source>
        <translation>Deadlines for reimbursement and late filing are counted from these dates. If you don&apos;t remember, check the dates on the invoice or discharge record.</translation>
    </message>
    <message>
        <source>开始看病（急诊、入院）的日期</source>
        <translation>Date treatment started (emergency visit, admission)</translation>
    </message>
    <message>
        <source>开始看病（急诊、入院）：</source>
        <translation>Treatment started (emergency, admission):</translation>
    </message>
    <message>
        <source>住了院</source>
        <translation>Was admitted to hospital</translation>
    </message>
    <message>
        <source>医院没能直接用医保结算，费用全部自己付了</source>
        <translation>The hospital could not bill medical insurance directly; I paid everything myself</translation>
    </message>
    <message>
        <source>出院或结清费用的日期</source>
        <translation>Date of discharge or final payment</translation>
    </message>
    <message>
        <source>出院（结清费用）：</source>
        <translation>Discharged (bill settled):</translation>
    </message>
    <message>
        <source>全部自己付了钱的，回到参保地可以申请“手工报销”，下一步会列出要带的材料和截止日期。医院已经直接结算的，不用勾选。</source>
        <translation>If you paid everything yourself, you can apply for manual reimbursement (手工报销) back in your insured region; the next step lists the documents to bring and the deadline. If the hospital already billed medical insurance directly, leave this unticked.</translation>
    </message>
</context>
<context>
    <name>VerdictsPage</name>
    <message>
        <source>能不能办：逐条检查</source>
        <translation>Can it be done: check by check</translation>
    </message>
    <message>
        <source>每一条都写明了依据和可信程度；“未经证实”的请以当地医保部门公布为准。</source>
        <translation>Each item states its source and how reliable it is; for &quot;unconfirmed&quot; ones, what the local medical insurance office publishes applies.</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Check results</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>可以办理：{names}</source>
        <translation>Can be done: {names}</translation>
    </message>
    <message>
        <source>已记录，不用重复办理：{names}</source>
        <translation>Already recorded, no need to do it again: {names}</translation>
    </message>
    <message>
        <source>暂时不能办理：{names}</source>
        <translation>Can&apos;t be done for now: {names}</translation>
    </message>
    <message>
        <source>按 {date} 的政策，共济人：{giver}</source>
        <translation>Under the policy as of {date}, sharing account holder: {giver}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>欢迎使用医保个人助手</source>
        <translation>Welcome to Yibao Assistant</translation>
    </message>
    <message>
        <source>先花一分钟告诉我您的基本情况，之后的计算和清单都会按您的参保地来。</source>
        <translation>First take a minute to tell me about yourself; all later calculations and checklists will follow the rules of your insured region.</translation>
    </message>
    <message>
        <source>医保个人助手可以帮您：
• 记下全家人的参保情况和缴费记录；
• 查看每个数字的政策依据和可信程度；
• 办理家庭共济、代缴、异地就医备案、个人账户返还之前先模拟一遍，并给出去窗口要带的材料清单。</source>
        <translation>Yibao Assistant can help you:
• keep track of your whole family&apos;s insurance and contribution records;
• see the policy source and how reliable it is for every figure;
• try out family mutual aid (家庭共济), paying for relatives (代缴), filing for care outside your region (异地就医备案) and personal account payouts before you apply, and get a list of documents to bring to the counter.</translation>
    </message>
    <message>
        <source>隐私：本软件完全离线运行，不联网、不上传任何数据。所有信息只保存在这台电脑上，身份证号可以不填，填写后在界面中也会部分隐藏。</source>
        <translation>Privacy: this app works completely offline. It does not go online or upload any data. All information is saved only on this computer. The ID number is optional, and if you enter it, it is partly hidden on screen.</translation>
    </message>
</context>
<context>
    <name>WherePage</name>
    <message>
        <source>谁去外地看病，去哪里</source>
        <translation>Who is getting treatment elsewhere, and where</translation>
    </message>
    <message>
        <source>参保地和险种会从家庭成员资料中带出；就医地选要去看病或生活的城市。</source>
        <translation>The insured region and insurance type are taken from the family member&apos;s details. For the place of treatment, choose the city where the person will get treatment or live.</translation>
    </message>
    <message>
        <source>还没有设置个人信息和家庭成员。可以先在“概览”中设置，也可以直接在下面选择参保地和险种继续。</source>
        <translation>Personal details and family members are not set up yet. You can set them up in &quot;Overview&quot; first, or just choose the insured region and insurance type below and continue.</translation>
    </message>
    <message>
        <source>（不指定成员）</source>
        <translation>(No specific member)</translation>
    </message>
    <message>
        <source>为谁办理：</source>
        <translation>For whom:</translation>
    </message>
    <message>
        <source>参保类型：</source>
        <translation>Insurance type:</translation>
    </message>
    <message>
        <source>参保地</source>
        <translation>Insured region</translation>
    </message>
    <message>
        <source>参保地：</source>
        <translation>Insured region:</translation>
    </message>
    <message>
        <source>就医地</source>
        <translation>Place of treatment</translation>
    </message>
    <message>
        <source>就医地（市）</source>
        <translation>Place of treatment (city)</translation>
    </message>
    <message>
        <source>就医地：</source>
        <translation>Place of treatment:</translation>
    </message>
    <message>
        <source>选好两个城市后，这里会显示是省内还是跨省。</source>
        <translation>Once both cities are chosen, this shows whether it is within the province or across provinces.</translation>
    </message>
    <message>
        <source>参保地和就医地是同一个城市，不需要异地备案。</source>
        <translation>The insured region and the place of treatment are the same city, so no out-of-area filing (异地就医备案) is needed.</translation>
    </message>
    <message>
        <source>省内异地就医（同一个省的不同城市）。</source>
        <translation>Out-of-area care within the province (a different city in the same province).</translation>
    </message>
    <message>
        <source>跨省异地就医：{a} → {b}。</source>
        <translation>Cross-province care: {a} → {b}.</translation>
    </message>
    <message>
        <source>请选择参保地（省和市）</source>
        <translation>Please choose the insured region (province and city)</translation>
    </message>
    <message>
        <source>请选择就医地（省和市）</source>
        <translation>Please choose the place of treatment (province and city)</translation>
    </message>
</context>
<context>
    <name>WhoPaysDialog</name>
    <message>
        <source>谁来付钱？</source>
        <translation>Who pays?</translation>
    </message>
    <message>
        <source>{name}看病买药时，个人自付的部分可以用个人账户付。输入这笔钱和各个账户的余额，看看按规定的顺序谁付多少。这只是估算，实际以医院、药店结算为准。</source>
        <translation>When {name} sees a doctor or buys medicine, the out-of-pocket part can be paid from a personal account (个人账户). Enter the amount and the balance of each account to see who pays how much in the required order. This is only an estimate; the actual bill at the hospital or pharmacy applies.</translation>
    </message>
    <message>
        <source>例如 300</source>
        <translation>e.g. 300</translation>
    </message>
    <message>
        <source>这次要付的钱（元） *</source>
        <translation>Amount to pay this time (yuan) *</translation>
    </message>
    <message>
        <source>例如 120</source>
        <translation>e.g. 120</translation>
    </message>
    <message>
        <source>{name}本人个人账户余额</source>
        <translation>{name}&apos;s own personal account balance</translation>
    </message>
    <message>
        <source>{name}没有个人账户（例如参加居民医保），只看共济人的账户。</source>
        <translation>{name} has no personal account (e.g. on resident insurance), so only the sharing account holders&apos; accounts are counted.</translation>
    </message>
    <message>
        <source>共济人{name}的余额</source>
        <translation>Balance of sharing account holder {name}</translation>
    </message>
    <message>
        <source>（须留 {amount}）</source>
        <translation> (must keep {amount})</translation>
    </message>
    <message>
        <source>{name}目前没有“已办理”的共济，只能用本人的账户。</source>
        <translation>{name} has no mutual aid marked &quot;Done&quot; yet, so only their own account can be used.</translation>
    </message>
    <message>
        <source>计算结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>计算</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <source>付后余额 {amount}</source>
        <translation>Balance after payment {amount}</translation>
    </message>
    <message>
        <source>（余额相同，按姓名排序：未经证实）</source>
        <translation>(same balance, ordered by name: unconfirmed)</translation>
    </message>
    <message>
        <source>（一次结算只能用一名共济人的账户，这次不用）</source>
        <translation>(only one sharing account holder&apos;s account can be used per payment, so not used this time)</translation>
    </message>
    <message>
        <source>这次 {bill}：个人账户付 {accounts}，另付 {cash}</source>
        <translation>This time {bill}: personal accounts pay {accounts}, you pay {cash} on top</translation>
    </message>
    <message>
        <source>政策库中没有扣款顺序</source>
        <translation>No deduction order in the policy data</translation>
    </message>
    <message>
        <source>扣款顺序：{rule}</source>
        <translation>Deduction order: {rule}</translation>
    </message>
    <message>
        <source>有多个共济人时，这里先用余额多的账户来估算；余额一样时谁先付，以医保系统为准。</source>
        <translation>With several sharing account holders, this estimate uses the account with the larger balance first; when balances are equal, the medical insurance system decides who pays first.</translation>
    </message>
    <message>
        <source>这个顺序未经证实，以当地医保部门公布为准。</source>
        <translation>This order is unconfirmed; what the local medical insurance office publishes applies.</translation>
    </message>
    <message>
        <source>{region}规定：一次结算只能使用一名共济人的账户，不够的部分要另付。</source>
        <translation>{region} rule: only one sharing account holder&apos;s account can be used per payment; the rest must be paid separately.</translation>
    </message>
    <message>
        <source>{region}规定：个人账户余额超过{threshold}的部分才可以共济。</source>
        <translation>{region} rule: only the part of the personal account (个人账户) balance above {threshold} can be shared.</translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <source>为什么要去外地看病</source>
        <translation>Why you need treatment elsewhere</translation>
    </message>
    <message>
        <source>选最接近的一项，我会告诉您该办哪种备案、为什么。</source>
        <translation>Choose the closest option and I&apos;ll tell you which filing you need and why.</translation>
    </message>
    <message>
        <source>长期在外地</source>
        <translation>Living elsewhere long-term</translation>
    </message>
    <message>
        <source>临时去外地看病</source>
        <translation>Going elsewhere temporarily for treatment</translation>
    </message>
    <message>
        <source>户口已经（或将要）迁到就医地</source>
        <translation>Household registration (户口) has moved (or will move) to the place of treatment</translation>
    </message>
    <message>
        <source>户口已迁到就医地</source>
        <translation>Hukou moved to place of treatment</translation>
    </message>
    <message>
        <source>已经看过病了（现在要补办备案或回来报销）</source>
        <translation>Already treated (now need a late filing or reimbursement back home)</translation>
    </message>
    <message>
        <source>已经看过病</source>
        <translation>Already treated</translation>
    </message>
    <message>
        <source>已经定了出发（开始看病）的日期</source>
        <translation>The departure (treatment start) date is set</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>开始日期：</source>
        <translation>Start date:</translation>
    </message>
    <message>
        <source>已经看过病的：下一步填写看病的日期和付费情况。</source>
        <translation>Already treated: the next step asks for the treatment dates and how you paid.</translation>
    </message>
    <message>
        <source>开始日期已经过去了：已经在外地看过病的，请勾选“已经看过病了”，我会告诉您怎么补办备案、怎么回来报销。</source>
        <translation>The start date has passed: if you have already been treated elsewhere, tick &quot;Already treated&quot;, and I&apos;ll tell you how to file late and how to get reimbursed back home.</translation>
    </message>
    <message>
        <source>还没出发的：办好备案再去，在外地看病就能直接刷医保结算。</source>
        <translation>Not left yet: complete the filing first, then go, and you can pay with medical insurance directly when treated elsewhere.</translation>
    </message>
</context>
<context>
    <name>Wizards</name>
    <message>
        <source>家庭共济绑定</source>
        <extracomment>Task wizards in the order the overview offers them.</extracomment>
        <translation>Family mutual aid (家庭共济)</translation>
    </message>
    <message>
        <source>看看配偶、父母、子女等家人能不能用您职工医保个人账户里的钱，每条原因都有依据；再告诉您在APP或窗口怎么办、带什么材料。</source>
        <translation>Check whether your spouse, parents, children and other relatives can use the money in your employee personal account (个人账户), with the basis for every reason; then see how to do it in the app or at the counter and what to bring.</translation>
    </message>
    <message>
        <source>代缴居民医保模拟</source>
        <translation>Paying relatives&apos; resident insurance (代缴) – simulation</translation>
    </message>
    <message>
        <source>用个人账户给父母、孩子缴居民医保之前先算一遍：余额够给谁缴、按什么顺序、赶不赶得上截止日、还要准备多少现金；存为事项逐项打勾。</source>
        <translation>Before paying your parents&apos; or children&apos;s resident medical insurance (居民医保) from your personal account, work it out: whom the balance covers, in what order, whether you make the deadline and how much cash you still need; save it as a case to tick off.</translation>
    </message>
    <message>
        <source>异地就医备案</source>
        <translation>Care in another region (异地就医备案)</translation>
    </message>
    <message>
        <source>去外地养老、常驻外地工作、转诊或在外地急诊：该办哪种备案、带什么材料、报销比例会不会降；自己垫付了的，回来怎么手工报销、哪天截止。</source>
        <translation>Retiring elsewhere, working elsewhere, referral or an emergency away from home: which filing to make, what to bring, whether the reimbursement rate drops; if you paid yourself, how to claim it back at home (手工报销) and by when.</translation>
    </message>
    <message>
        <source>个人账户返还与退费</source>
        <translation>Personal account payouts and refunds</translation>
    </message>
    <message>
        <source>继承去世家人的个人账户余额、出国定居或离开参保地一次性支取、重复参保退费、代缴撤销：先看能不能办、何时办，再给出要带的材料清单。</source>
        <translation>Inheriting a deceased relative&apos;s personal account balance, a one-off payout when settling abroad or leaving the insured region, refunds for double enrolment, cancelling a payment for a relative: first see whether and when it can be done, then get the list of what to bring.</translation>
    </message>
</context>
<context>
    <name>YearlyChart</name>
    <message>
        <source>每年缴费（元；深蓝为个人，浅蓝为单位）</source>
        <translation>Yearly contributions (yuan; dark blue = personal, light blue = employer)</translation>
    </message>
</context>
<context>
    <name>_LazyChart</name>
    <message>
        <source>还没有数据</source>
        <extracomment>(month index since year 0, balance) – past and projected points</extracomment>
        <translation>No data yet</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>请输入身份证号</source>
        <extracomment>港澳台居民居住证: province prefix → the fixed 6-digit address code used on the permit.</extracomment>
        <translation>Please enter the ID number</translation>
    </message>
    <message>
        <source>身份证号应为 18 位，现在是 {n} 位</source>
        <translation>The ID number should have 18 digits; it now has {n}</translation>
    </message>
    <message>
        <source>身份证号应为 18 位，现在是 15 位。旧的 15 位身份证号不能使用，请填写现在的 18 位号码</source>
        <translation>The ID number should have 18 digits; this one has 15. Old 15-digit ID numbers can&apos;t be used; please enter your current 18-digit number</translation>
    </message>
    <message>
        <source>身份证号第 {position} 位“{char}”无效：身份证号只能由数字组成，最后一位可以是 X</source>
        <translation>Character {position} of the ID number, &quot;{char}&quot;, is invalid: ID numbers contain only digits, and the last one may be X</translation>
    </message>
    <message>
        <source>身份证号前两位“{prefix}”不是有效的省份代码，请核对前两位数字</source>
        <translation>The first two digits of the ID number, &quot;{prefix}&quot;, are not a valid province code; please check them</translation>
    </message>
    <message>
        <source>身份证号中的出生日期 {date} 不存在，请核对第 7–14 位数字</source>
        <translation>The birth date {date} in the ID number doesn&apos;t exist; please check digits 7–14</translation>
    </message>
    <message>
        <source>身份证号中的出生日期 {date} 晚于今天，请核对第 7–14 位数字</source>
        <translation>The birth date {date} in the ID number is later than today; please check digits 7–14</translation>
    </message>
    <message>
        <source>身份证号中的出生年份 {year} 早于 1900 年，请核对第 7–10 位数字</source>
        <translation>The birth year {year} in the ID number is before 1900; please check digits 7–10</translation>
    </message>
    <message>
        <source>身份证号校验位不正确，请核对是否有输错的数字</source>
        <translation>The check digit of the ID number is wrong; please check for mistyped digits</translation>
    </message>
    <message>
        <source>身份证号前六位“{county}”不在行政区划代码表中，请核对；如果证件上确实如此，可以继续</source>
        <translation>The first six digits of the ID number, &quot;{county}&quot;, are not in the list of area codes; please check them. If your ID card really shows this, you can continue</translation>
    </message>
    <message>
        <source>请输入金额</source>
        <extracomment>zero yuan with two places, the start of every sum Anything typed above this (one hundred million yuan) is taken to be a typing mistake.</extracomment>
        <translation>Please enter an amount</translation>
    </message>
    <message>
        <source>“{text}”不是有效的金额，请只输入数字和小数点，例如 364.52</source>
        <translation>&quot;{text}&quot; is not a valid amount. Please enter only digits and a decimal point, e.g. 364.52</translation>
    </message>
    <message>
        <source>金额中只能有一个小数点</source>
        <translation>An amount can have only one decimal point</translation>
    </message>
    <message>
        <source>金额中的千位分隔符（逗号）位置不对，例如应写作 1,234.50</source>
        <translation>The thousands separators (commas) in the amount are in the wrong place; it should look like 1,234.50</translation>
    </message>
    <message>
        <source>金额最多只能有 {places} 位小数</source>
        <translation>An amount can have at most {places} decimal places</translation>
    </message>
    <message>
        <source>金额只能是整数，不能有小数</source>
        <translation>The amount must be a whole number, without decimals</translation>
    </message>
    <message>
        <source>金额不能是负数</source>
        <translation>The amount cannot be negative</translation>
    </message>
    <message>
        <source>金额过大（超过 1 亿元），请检查是否多输了数字</source>
        <translation>The amount is too large (over 100 million yuan); please check for extra digits</translation>
    </message>
    <message>
        <source>金额必须是一个具体的数字</source>
        <translation>The amount must be an actual number</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>“{text}”不是有效的年月，请写成 2024-05 或 2024年5月 的样子</source>
        <translation>&quot;{text}&quot; is not a valid year and month; please write it like 2024-05 or &quot;2024年5月&quot;</translation>
    </message>
    <message>
        <source>年月 {text} 超出范围（{first}年至{last}年）</source>
        <translation>Year and month {text} is out of range ({first} to {last})</translation>
    </message>
    <message>
        <source>已缴</source>
        <extracomment>a month is never longer than &quot;2024年05月01日&quot; and some spaces</extracomment>
        <translation>Paid</translation>
    </message>
    <message>
        <source>补缴</source>
        <translation>Back payment</translation>
    </message>
    <message>
        <source>欠缴</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>Self</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>代缴</source>
        <translation>Paid by relative</translation>
    </message>
    <message>
        <source>看病买药</source>
        <extracomment>schemes whose months count towards 职工医保 years at retirement</extracomment>
        <translation>Medical care and medicines</translation>
    </message>
    <message>
        <source>长护险扣缴</source>
        <translation>Long-term care insurance deduction</translation>
    </message>
    <message>
        <source>代缴/共济支出</source>
        <translation>Paid for relatives / mutual aid</translation>
    </message>
    <message>
        <source>其他扣减</source>
        <translation>Other deductions</translation>
    </message>
    <message>
        <source>配偶</source>
        <extracomment>结婚证</extracomment>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>父母</source>
        <extracomment>户口簿 / 出生证明</extracomment>
        <translation>Parent</translation>
    </message>
    <message>
        <source>子女</source>
        <extracomment>户口簿 / 出生证明</extracomment>
        <translation>Child</translation>
    </message>
    <message>
        <source>兄弟姐妹</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <source>祖父母</source>
        <translation>Paternal grandparent</translation>
    </message>
    <message>
        <source>外祖父母</source>
        <translation>Maternal grandparent</translation>
    </message>
    <message>
        <source>孙子女</source>
        <translation>Paternal grandchild</translation>
    </message>
    <message>
        <source>外孙子女</source>
        <translation>Maternal grandchild</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>职工医保（在职）</source>
        <translation>Employee insurance (职工医保), working</translation>
    </message>
    <message>
        <source>职工医保（退休）</source>
        <translation>Employee insurance (职工医保), retired</translation>
    </message>
    <message>
        <source>灵活就业（统账结合）</source>
        <translation>Flexible employment (灵活就业), with personal account</translation>
    </message>
    <message>
        <source>灵活就业（单建统筹）</source>
        <translation>Flexible employment (灵活就业), pooled fund only</translation>
    </message>
    <message>
        <source>城乡居民医保</source>
        <translation>Resident insurance (城乡居民医保)</translation>
    </message>
    <message>
        <source>未参保</source>
        <translation>Not insured</translation>
    </message>
    <message>
        <source>政策库中没有“{label}”（{key}）在 {date} 适用于{region}的取值，请在政策页面补充或本地修改</source>
        <translation>The policy library has no value for &quot;{label}&quot; ({key}) that applies to {region} on {date}. Please add it on the Policies page or change it locally</translation>
    </message>
    <message>
        <source>政策文件 {file} 中的参数 {parameter} 有误：{problem}</source>
        <extracomment>a value of this string ends a series at that level</extracomment>
        <translation>Parameter {parameter} in policy file {file} is wrong: {problem}</translation>
    </message>
    <message>
        <source>政策文件 {file} 有误：{problem}</source>
        <translation>Policy file {file} is wrong: {problem}</translation>
    </message>
    <message>
        <source>官方文件</source>
        <translation>Official document</translation>
    </message>
    <message>
        <source>权威媒体报道</source>
        <translation>Reliable media report</translation>
    </message>
    <message>
        <source>二手资料</source>
        <translation>Secondhand source</translation>
    </message>
    <message>
        <source>未经证实</source>
        <translation>Unconfirmed</translation>
    </message>
    <message>
        <source>列表中有空项，请检查分隔符</source>
        <extracomment>units whose values are fractions shown ×100 with a suffix suffixes :func:`parse_value` reads after a percentage (spaces are removed first)</extracomment>
        <translation>The list has an empty item; please check the separators</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>Cannot be empty</translation>
    </message>
    <message>
        <source>请输入“是”或“否”</source>
        <translation>Please enter &quot;yes&quot; or &quot;no&quot;</translation>
    </message>
    <message>
        <source>请输入有效日期，例如 2025-01-01</source>
        <translation>Please enter a valid date, e.g. 2025-01-01</translation>
    </message>
    <message>
        <source>请输入整数，例如 {example}</source>
        <translation>Please enter a whole number, e.g. {example}</translation>
    </message>
    <message>
        <source>请输入数字，例如 {example}</source>
        <translation>Please enter a number, e.g. {example}</translation>
    </message>
    <message>
        <source>“{value}”不是可选值，可选：{choices}</source>
        <translation>&quot;{value}&quot; is not one of the options. Options: {choices}</translation>
    </message>
    <message>
        <source>“{part}”的格式应为 字段=值，多个字段用分号分隔</source>
        <translation>&quot;{part}&quot; should be in the form field=value, with several fields separated by semicolons</translation>
    </message>
    <message>
        <source>未知字段“{name}”，可用字段：{fields}</source>
        <translation>Unknown field &quot;{name}&quot;. Available fields: {fields}</translation>
    </message>
    <message>
        <source>字段“{name}”重复</source>
        <translation>Field &quot;{name}&quot; appears twice</translation>
    </message>
    <message>
        <source>字段“{name}”：{problem}</source>
        <translation>Field &quot;{name}&quot;: {problem}</translation>
    </message>
    <message>
        <source>缺少字段“{name}”</source>
        <translation>Field &quot;{name}&quot; is missing</translation>
    </message>
    <message>
        <source>数字，例如 400 或 0.02</source>
        <translation>Number, e.g. 400 or 0.02</translation>
    </message>
    <message>
        <source>整数，例如 6</source>
        <translation>Whole number, e.g. 6</translation>
    </message>
    <message>
        <source>文字</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>是 / 否</source>
        <translation>Yes / No</translation>
    </message>
    <message>
        <source>日期，例如 2025-12-31</source>
        <translation>Date, e.g. 2025-12-31</translation>
    </message>
    <message>
        <source>多项用逗号分隔</source>
        <translation>Separate several items with commas</translation>
    </message>
    <message>
        <source>名称=值，多项用分号分隔，例如 start=2025-09-01; end=2025-12-31</source>
        <translation>name=value, separate several items with semicolons, e.g. start=2025-09-01; end=2025-12-31</translation>
    </message>
    <message>
        <source>每组用竖线 | 分隔，组内同上</source>
        <translation>Separate groups with a vertical bar |; inside each group, same as above</translation>
    </message>
    <message>
        <source>计划中</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>已办理</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>已解除</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>代缴居民医保</source>
        <translation>Pay relatives&apos; resident insurance (代缴居民医保)</translation>
    </message>
    <message>
        <source>异地就医备案</source>
        <translation>Care outside the insured region (异地就医备案)</translation>
    </message>
    <message>
        <source>个人账户返还</source>
        <translation>Personal account refund (个人账户返还)</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已办完</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>先确认</source>
        <extracomment>Known sections in display order, with their headings (files may add their own).</extracomment>
        <translation>Check first</translation>
    </message>
    <message>
        <source>办理步骤</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>需要填写的信息</source>
        <translation>Information to fill in</translation>
    </message>
    <message>
        <source>需要准备的材料</source>
        <translation>Documents to prepare</translation>
    </message>
    <message>
        <source>报销与费用</source>
        <translation>Reimbursement and costs</translation>
    </message>
    <message>
        <source>办完以后</source>
        <translation>Afterwards</translation>
    </message>
    <message>
        <source>注意事项</source>
        <translation>Things to note</translation>
    </message>
    <message>
        <source>清单文件 {file} 中的条目 {item} 有误：{problem}</source>
        <translation>Item {item} in checklist file {file} is wrong: {problem}</translation>
    </message>
    <message>
        <source>清单文件 {file} 有误：{problem}</source>
        <translation>Checklist file {file} is wrong: {problem}</translation>
    </message>
    <message>
        <source>{scheme}没有个人账户，不划入</source>
        <translation>{scheme} has no personal account, so nothing is credited</translation>
    </message>
    <message>
        <source>没有缴费基数，无法计算划入金额</source>
        <translation>No contribution base, so the amount credited cannot be calculated</translation>
    </message>
    <message>
        <source>政策库中没有当地退休人员每月划入的定额，无法计算；请在政策页面本地修改补充</source>
        <translation>The policy library has no local fixed monthly amount credited for retirees, so it cannot be calculated. Please add it locally on the Policies page</translation>
    </message>
    <message>
        <source>政策库中没有当地的划入规则，无法计算</source>
        <translation>The policy library has no local rules for crediting the account, so it cannot be calculated</translation>
    </message>
    <message>
        <source>{region}退休人员每月定额划入（{start}起）</source>
        <translation>a fixed monthly amount for retirees in {region} (from {start})</translation>
    </message>
    <message>
        <source>{region}在职职工个人账户划入比例 {rate}（{start}起）</source>
        <translation>{region} credits {rate} to working employees&apos; personal accounts (个人账户) (from {start})</translation>
    </message>
    <message>
        <source>门诊共济改革后，本人缴费划入个人账户，不超过缴费基数的 {rate}；单位缴费全部进入统筹基金</source>
        <translation>since the outpatient mutual aid reform (门诊共济改革), your own contribution goes to the personal account, up to {rate} of the contribution base; the employer&apos;s contribution all goes to the pooled fund</translation>
    </message>
    <message>
        <source>本人缴费划入个人账户（单位划入部分因缺少年龄或比例未计算）</source>
        <translation>your own contribution goes to the personal account (the employer&apos;s share is not worked out: the age or the rate is missing)</translation>
    </message>
    <message>
        <source>改革前：本人缴费 {own} 全部划入，单位缴费按年龄段（{age} 岁）划入 {band}</source>
        <translation>Before the reform: your own {own} all credited, the employer&apos;s share by age band (age {age}) {band}</translation>
    </message>
    <message>
        <source>符合</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>不符合</source>
        <extracomment>rules the thing out</extracomment>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>注意</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>可以办理</source>
        <extracomment>what happens to a binding when a side&apos;s insurance ends or moves (family.auto_unbind)</extracomment>
        <translation>Can apply</translation>
    </message>
    <message>
        <source>暂时不能办理</source>
        <translation>Cannot apply yet</translation>
    </message>
    <message>
        <source>已记录</source>
        <extracomment>the same giver and relative are already recorded: nothing to do, nothing wrong</extracomment>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>{date}时{region}还没有职工医保个人账户家庭共济的规定</source>
        <translation>On {date}, {region} had no rules yet for family mutual aid (家庭共济) with the employee personal account (个人账户)</translation>
    </message>
    <message>
        <source>请选择更晚的日期，或在政策页面补充当地规定</source>
        <translation>Please choose a later date, or add the local rules on the Policies page</translation>
    </message>
    <message>
        <source>{policy_region}自{since}起实行家庭共济，请选择这以后的日期，或在政策页面补充当地规定</source>
        <translation>{policy_region} has had family mutual aid (家庭共济) since {since}: choose a later date, or add the local rules on the Policy page</translation>
    </message>
    <message>
        <source>{name}目前没有正常参保（{scheme}）</source>
        <translation>{name} is not currently insured normally ({scheme})</translation>
    </message>
    <message>
        <source>共济人要在职工医保正常参保、个人账户里有钱。若信息有误，请在家庭成员页面修改</source>
        <translation>The person sharing their account must be normally insured under employee insurance (职工医保) and have money in their personal account. If the information is wrong, please correct it on the Family members page</translation>
    </message>
    <message>
        <source>{name}参加的是城乡居民医保，居民医保没有个人账户，不能作为共济人</source>
        <translation>{name} has resident insurance (城乡居民医保). Resident insurance has no personal account, so they cannot share an account</translation>
    </message>
    <message>
        <source>可以请家里参加职工医保（有个人账户）的人作为共济人，给{name}共济</source>
        <translation>You can ask a family member with employee insurance (职工医保, which has a personal account) to share their account with {name}</translation>
    </message>
    <message>
        <source>{name}是灵活就业“单建统筹”（一档），只交统筹基金，没有个人账户，不能作为共济人</source>
        <translation>{name} has flexible employment insurance &quot;pooled fund only&quot; (单建统筹, tier 1), which pays only into the pooled fund and has no personal account, so they cannot share an account</translation>
    </message>
    <message>
        <source>如想用个人账户共济，可以向当地医保经办机构咨询能否改为“统账结合”（二档）参保；或请家里其他有个人账户的人作为共济人</source>
        <translation>To share a personal account, you can ask the local medical insurance office whether you can switch to &quot;with personal account&quot; (统账结合, tier 2); or ask another family member with a personal account to share theirs</translation>
    </message>
    <message>
        <source>{name}参加{scheme}，有个人账户，可以作为共济人</source>
        <translation>{name} has {scheme} with a personal account and can share it</translation>
    </message>
    <message>
        <source>{name}没有填写参保地，查不到当地的家庭共济规定</source>
        <translation>{name} has no insured location filled in, so the local family mutual aid rules cannot be found</translation>
    </message>
    <message>
        <source>请在家庭成员页面为{name}补充参保地（省份和城市）</source>
        <translation>Please add {name}&apos;s insured location (province and city) on the Family members page</translation>
    </message>
    <message>
        <source>{relative}是{giver}的{relation}，在可以共济的亲属范围内（{scope}，自{since}起）</source>
        <translation>{relative} is {giver}&apos;s {relation}, within the relatives who can receive mutual aid ({scope}, since {since})</translation>
    </message>
    <message>
        <source>{relative}是{giver}的{relation}，不在{date}时可以共济的亲属范围内（只限{scope}）</source>
        <translation>{relative} is {giver}&apos;s {relation}, not within the relatives who could receive mutual aid on {date} (only {scope})</translation>
    </message>
    <message>
        <source>{policy_region}自{since}起把可以共济的亲属扩大到{scope}，可以选择这以后的日期重新检查；也可以请{relative}本人的{allowed}中有个人账户的人共济</source>
        <translation>From {since}, {policy_region} widened the relatives who can be helped to: {scope}. You can check again with a later date; or someone among {relative}&apos;s own {allowed} who has a personal account (个人账户) can help instead</translation>
    </message>
    <message>
        <source>{policy_region}自{since}起按{document}把可以共济的亲属扩大到{scope}，可以选择这以后的日期重新检查；也可以请{relative}本人的{allowed}中有个人账户的人共济</source>
        <translation>From {since}, under {document}, {policy_region} widened the relatives who can be helped to: {scope}. You can check again with a later date; or someone among {relative}&apos;s own {allowed} who has a personal account (个人账户) can help instead</translation>
    </message>
    <message>
        <source>政策库中没有当地以后扩大亲属范围的记载，以当地医保部门公布为准；可以请{relative}本人的{allowed}中有个人账户的人共济</source>
        <translation>The policy data has no record of the local scope being widened later; the local medical insurance office&apos;s rules apply. Someone among {relative}&apos;s own {allowed} who has a personal account (个人账户) can help instead</translation>
    </message>
    <message>
        <source>{relative}与{giver}不是近亲属（例如配偶的父母、兄弟姐妹的子女），不能共济</source>
        <translation>{relative} and {giver} are not close relatives (e.g. a spouse&apos;s parent, or a sibling&apos;s child), so mutual aid is not possible</translation>
    </message>
    <message>
        <source>可以请{relative}的配偶、父母、子女等近亲属中有个人账户的人作为共济人</source>
        <translation>You can ask a close relative of {relative} with a personal account, such as a spouse, parent or child, to share their account</translation>
    </message>
    <message>
        <source>从家庭成员的关系中看不出{relative}是{giver}的什么人，无法判断是否属于近亲属</source>
        <translation>The family member relationships do not show how {relative} is related to {giver}, so it cannot be judged whether they are close relatives</translation>
    </message>
    <message>
        <source>请由您本人作为共济人，或在家庭成员页面核对关系后再试</source>
        <translation>Please use your own account for the mutual aid, or check the relationships on the Family members page and try again</translation>
    </message>
    <message>
        <source>{relative}目前没有参加基本医疗保险（{scheme}），共济要求亲属本人已参保</source>
        <translation>{relative} currently has no basic medical insurance ({scheme}). Mutual aid requires the relative to be insured</translation>
    </message>
    <message>
        <source>先为{relative}参加城乡居民医保（一般每年{start}月至{end}月集中缴费）或职工医保，参保后再办理共济；居民医保个人缴费也可以在绑定后用共济人的个人账户代缴</source>
        <translation>First enroll {relative} in resident insurance (城乡居民医保, usually paid from month {start} to month {end} each year) or employee insurance, then set up mutual aid. After linking, the resident insurance contribution can also be paid from the sharer&apos;s personal account (代缴)</translation>
    </message>
    <message>
        <source>先为{relative}参加城乡居民医保（一般每年{start}月至次年{end}月集中缴费）或职工医保，参保后再办理共济；居民医保个人缴费也可以在绑定后用共济人的个人账户代缴</source>
        <translation>First enroll {relative} in resident insurance (城乡居民医保, usually paid from month {start} of one year to month {end} of the next) or employee insurance, then set up mutual aid. After linking, the resident insurance contribution can also be paid from the sharer&apos;s personal account (代缴)</translation>
    </message>
    <message>
        <source>先为{relative}参加城乡居民医保（在当地集中缴费期内缴费）或职工医保，参保后再办理共济；居民医保个人缴费也可以在绑定后用共济人的个人账户代缴</source>
        <translation>First enroll {relative} in resident insurance (城乡居民医保, paid during the local collection period) or employee insurance, then set up mutual aid. After linking, the resident insurance contribution can also be paid from the sharer&apos;s personal account (代缴)</translation>
    </message>
    <message>
        <source>{relative}已参加{kind}（{scheme}），可以被共济（{allowed}）</source>
        <translation>{relative} has {kind} ({scheme}) and can receive mutual aid ({allowed})</translation>
    </message>
    <message>
        <source>{relative}参加的是{kind}，当地规定被共济亲属须参加{allowed}</source>
        <translation>{relative} has {kind}, but local rules require the relative receiving aid to have {allowed}</translation>
    </message>
    <message>
        <source>请向当地医保经办机构确认</source>
        <translation>Please confirm with the local medical insurance office</translation>
    </message>
    <message>
        <source>{relative}已参加{kind}；政策库中没有{date}时被共济亲属可参加哪些险种的规定，以当地医保部门公布为准</source>
        <translation>{relative} has {kind}. The policy library has no rules on which insurance types a relative receiving aid could have on {date}; the local medical insurance office&apos;s published rules apply</translation>
    </message>
    <message>
        <source>{relative}没有填写参保地，无法判断两人是否在同一统筹区或同一省</source>
        <translation>{relative} has no insured location filled in, so it cannot be judged whether both are in the same insurance region (统筹区) or the same province</translation>
    </message>
    <message>
        <source>两人都在{region}参保（同一统筹区），可以共济（{policy_region}{date}时的范围：{reach}）</source>
        <translation>Both are insured in {region} (same insurance region, 统筹区), so mutual aid is possible (scope in {policy_region} on {date}: {reach})</translation>
    </message>
    <message>
        <source>两人在同一省的不同统筹区（{giver_region} / {relative_region}），{policy_region}{date}时支持{reach}共济（自{since}起）</source>
        <translation>The two are in different insurance regions (统筹区) of the same province ({giver_region} / {relative_region}). On {date}, {policy_region} allowed mutual aid: {reach} (since {since})</translation>
    </message>
    <message>
        <source>两人不在同一统筹区（{giver_region} / {relative_region}），{policy_region}{date}时只支持{reach}共济</source>
        <translation>The two are not in the same insurance region (统筹区) ({giver_region} / {relative_region}). On {date}, {policy_region} only allowed mutual aid: {reach}</translation>
    </message>
    <message>
        <source>{policy_region}自{since}起支持{reach}共济，可以选择这以后的日期重新检查</source>
        <translation>From {since}, {policy_region} allows family mutual aid (家庭共济) {reach}: you can check again with a later date</translation>
    </message>
    <message>
        <source>可以请{relative}参保地、有个人账户的近亲属作为共济人；或留意当地是否开放省内跨统筹区共济</source>
        <translation>A close relative insured where {relative} is insured, with a personal account (个人账户), can help instead; or watch for the local office opening mutual aid across pooling areas (统筹区) within the province</translation>
    </message>
    <message>
        <source>两人不在同一省（{giver_region} / {relative_region}），{policy_region}{date}时支持跨省共济，要通过国家医保服务平台APP的“医保钱包”设置共济额度</source>
        <translation>The two are in different provinces ({giver_region} / {relative_region}). On {date}, {policy_region} allowed cross-province mutual aid; set a mutual aid quota in the &quot;medical insurance wallet&quot; (医保钱包) in the national medical insurance app (国家医保服务平台 APP)</translation>
    </message>
    <message>
        <source>两人不在同一省（{giver_region} / {relative_region}）；{date}时可以通过国家医保服务平台APP的“医保钱包”跨省共济（自{since}起）</source>
        <translation>The two are in different provinces ({giver_region} / {relative_region}). On {date}, cross-province mutual aid was possible through the &quot;medical insurance wallet&quot; (医保钱包) in the national medical insurance app (国家医保服务平台 APP) (since {since})</translation>
    </message>
    <message>
        <source>两人不在同一省（{giver_region} / {relative_region}），{policy_region}规定个人账户{date}时只能{reach}共济，不能给外省参保的亲属用</source>
        <translation>The two are in different provinces ({giver_region} / {relative_region}). On {date}, {policy_region} only allowed the personal account to be used for mutual aid: {reach}. It cannot be used for relatives insured in another province</translation>
    </message>
    <message>
        <source>可以请{relative}参保地所在省、有个人账户的近亲属作为共济人；或留意当地是否开放跨省共济</source>
        <translation>You can ask a close relative with a personal account, insured in the same province as {relative}, to share their account; or watch for whether cross-province mutual aid opens locally</translation>
    </message>
    <message>
        <source>{policy_region}自{since}起可以跨省共济，可以选择这以后的日期重新检查；也可以请{relative}参保地所在省、有个人账户的近亲属作为共济人</source>
        <translation>From {since}, {policy_region} allows family mutual aid (家庭共济) across provinces: you can check again with a later date; or ask a close relative with a personal account (个人账户), insured in the same province as {relative}, to share their account</translation>
    </message>
    <message>
        <source>{policy_region}自{since}起可以通过国家医保服务平台APP的“医保钱包”跨省共济，可以选择这以后的日期重新检查；也可以请{relative}参保地所在省、有个人账户的近亲属作为共济人</source>
        <translation>From {since}, {policy_region} allows family mutual aid (家庭共济) across provinces through the medical insurance wallet (医保钱包) in the national medical insurance app (国家医保服务平台 APP): you can check again with a later date; or ask a close relative with a personal account (个人账户), insured in the same province as {relative}, to share their account</translation>
    </message>
    <message>
        <source>{relative}的参保地{relative_region}按{policy_region}的规定{date}时只支持{reach}共济，这边可能也有限制</source>
        <translation>Under the rules of {policy_region}, {relative}&apos;s insured location {relative_region} only allowed mutual aid on {date}: {reach}. There may be limits on that side too</translation>
    </message>
    <message>
        <source>办理前请向两地医保部门确认</source>
        <translation>Please confirm with the medical insurance offices in both places before applying</translation>
    </message>
    <message>
        <source>{relative}已经由{other}授权共济（{status}）；{policy_region}规定每名亲属同一时间只能有一名授权人</source>
        <translation>{relative} already receives mutual aid from {other} ({status}). {policy_region} allows each relative only one account holder at a time</translation>
    </message>
    <message>
        <source>如果要改由{giver}共济，请先解除{other}与{relative}的共济，再重新办理</source>
        <translation>If you want {giver} to provide the mutual aid instead, first end the mutual aid from {other} to {relative}, then apply again</translation>
    </message>
    <message>
        <source>{policy_region}规定每名亲属同一时间只能有一名授权人；{relative}目前没有其他授权人</source>
        <translation>{policy_region} allows each relative only one account holder at a time; {relative} currently has no other account holder</translation>
    </message>
    <message>
        <source>{relative}已经由{other}授权共济（{status}）；按{policy_region}{date}时的规定，一名亲属可以被多人授权</source>
        <translation>{relative} already receives mutual aid from {other} ({status}). Under the rules of {policy_region} on {date}, one relative can receive aid from several people</translation>
    </message>
    <message>
        <source>{relative}已经由{other}授权共济（{status}）；政策库中没有能否再由第二人授权的规定</source>
        <translation>{relative} already receives mutual aid from {other} ({status}). The policy library has no rules on whether a second person can also provide aid</translation>
    </message>
    <message>
        <source>办理前请向当地医保经办机构确认</source>
        <translation>Please confirm with the local medical insurance office before applying</translation>
    </message>
    <message>
        <source>已经记录了{giver}给{relative}的共济（{status}），不用重复办理</source>
        <translation>Mutual aid from {giver} to {relative} is already recorded ({status}); no need to apply again</translation>
    </message>
    <message>
        <source>可以在“家庭成员”页面的家庭共济列表中查看或修改这条记录</source>
        <translation>You can view or change this record in the family mutual aid list on the &quot;Family members&quot; page</translation>
    </message>
    <message>
        <source>{policy_region}规定：个人账户余额超过{threshold}的部分才可以共济</source>
        <translation>{policy_region} rule: only the part of the personal account balance above {threshold} can be used for mutual aid</translation>
    </message>
    <message>
        <source>{policy_region}规定：个人账户余额超过{threshold}的部分才可以共济；按您填写的余额{balance}，现在可共济{usable}</source>
        <translation>{policy_region} rule: only the part of the personal account balance above {threshold} can be used for mutual aid. With the balance you entered ({balance}), {usable} can be used now</translation>
    </message>
    <message>
        <source>可以先办理绑定；等余额超过{threshold}后，超出的部分就能给亲属用</source>
        <translation>You can link the accounts first; once the balance is above {threshold}, the part above it can be used for relatives</translation>
    </message>
    <message>
        <source>按您填写的余额（{balance}），{giver}的个人账户现在没有钱可以共济</source>
        <translation>With the balance you entered ({balance}), {giver}&apos;s personal account has no money for mutual aid right now</translation>
    </message>
    <message>
        <source>可以先办理绑定，等每月划入后再用；余额可在国家医保服务平台APP查询</source>
        <translation>You can link the accounts first and use it after the monthly credit arrives; the balance can be checked in the national medical insurance app (国家医保服务平台 APP)</translation>
    </message>
    <message>
        <source>跨省共济用的是医保钱包里的“共济额度”：转入额度的钱{giver}本人不能再用，解除绑定后没用完的额度退回个人账户</source>
        <translation>Cross-province mutual aid uses the &quot;mutual aid quota&quot; in the medical insurance wallet (医保钱包): money moved into the quota can no longer be used by {giver}, and any unused quota goes back to the personal account when the link is ended</translation>
    </message>
    <message>
        <source>共济人{giver}的职工医保个人账户已不可用（现在：{scheme}）</source>
        <extracomment>a param may be a :class:`~yibao.domain.i18n.Message` (what changed), translated with it</extracomment>
        <translation>{giver}&apos;s employee personal account can no longer be used (now: {scheme})</translation>
    </message>
    <message>
        <source>{relative}的基本医疗保险已终止（现在：{scheme}）</source>
        <translation>{relative}&apos;s basic medical insurance has ended (now: {scheme})</translation>
    </message>
    <message>
        <source>共济人{giver}的参保地由{old}变为{new}</source>
        <translation>{giver}&apos;s insured location changed from {old} to {new}</translation>
    </message>
    <message>
        <source>{relative}的参保地由{old}变为{new}</source>
        <translation>{relative}&apos;s insured location changed from {old} to {new}</translation>
    </message>
    <message>
        <source>自动解除：{changes}（{date}）</source>
        <translation>Ended automatically: {changes} ({date})</translation>
    </message>
    <message>
        <source>{first}；{then}</source>
        <extracomment>two changes one after the other (each a sentence part of its own)</extracomment>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <source>{giver}给{relative}的家庭共济已自动解除：{changes}。按{policy_region}自{since}起的规定，任一方参保终止或转移统筹区时共济关系自动解除；如仍需共济，请重新办理</source>
        <translation>{giver}&apos;s family mutual aid (家庭共济) for {relative} has ended by itself: {changes}. Under the rules of {policy_region} since {since}, the link ends automatically when either side&apos;s insurance ends or moves to another pooling area (统筹区). To keep helping, set it up again</translation>
    </message>
    <message>
        <source>{region}自{since}起：任一方不再参保或换了参保地（统筹区）时，共济会自动解除，这里会标出来</source>
        <translation>{region} since {since}: when either side stops being insured or is insured somewhere else (another pooling area, 统筹区), the family mutual aid ends by itself; it will be marked here</translation>
    </message>
    <message>
        <source>按{region}的规定，任一方不再参保或换了参保地时，共济不会自动解除；这里会提醒您去核对</source>
        <translation>Under the rules of {region}, the family mutual aid does not end by itself when either side stops being insured or is insured somewhere else; you will be reminded here to check it</translation>
    </message>
    <message>
        <source>任一方不再参保或换了参保地时，当地是否自动解除共济，政策库中没有记载，以当地医保部门公布为准；这里会提醒您去核对</source>
        <translation>Whether the family mutual aid ends by itself when either side stops being insured or is insured somewhere else is not in the policy data; the local medical insurance office&apos;s rules apply. You will be reminded here to check it</translation>
    </message>
    <message>
        <source>{giver}给{relative}的家庭共济：{changes}。{date}时当地是否自动解除没有明确规定，请在国家医保服务平台APP中查看共济状态</source>
        <translation>Family mutual aid (家庭共济) from {giver} to {relative}: {changes}. On {date} there was no clear local rule on whether it ends automatically; please check the mutual aid status in the national medical insurance app (国家医保服务平台 APP)</translation>
    </message>
    <message>
        <source>计划中的{giver}给{relative}的家庭共济：{changes}。办理前请重新检查是否符合条件</source>
        <translation>Planned family mutual aid (家庭共济) from {giver} to {relative}: {changes}. Please check again whether the conditions are met before applying</translation>
    </message>
    <message>
        <source>自动解除：{name}于{date}去世</source>
        <translation>Ended automatically: {name} died on {date}</translation>
    </message>
    <message>
        <source>{name}于{date}去世，{giver}给{relative}的家庭共济已自动解除</source>
        <translation>{name} died on {date}; family mutual aid from {giver} to {relative} has ended automatically</translation>
    </message>
    <message>
        <source>{giver}给{relative}的家庭共济已于{date}{reason}</source>
        <translation>Family mutual aid from {giver} to {relative}, as of {date}: {reason}</translation>
    </message>
    <message>
        <source>本人个人账户</source>
        <extracomment>the relative&apos;s own personal account</extracomment>
        <translation>Own personal account</translation>
    </message>
    <message>
        <source>共济人个人账户</source>
        <extracomment>a 共济人&apos;s account</extracomment>
        <translation>Sharer&apos;s personal account</translation>
    </message>
    <message>
        <source>自己另付（现金、微信、支付宝等）</source>
        <extracomment>what no account covers</extracomment>
        <translation>Paid separately (cash, WeChat, Alipay, etc.)</translation>
    </message>
    <message>
        <source>统账结合（有个人账户）</source>
        <translation>With personal account (统账结合)</translation>
    </message>
    <message>
        <source>单建统筹（无个人账户）</source>
        <translation>Pooled fund only, no personal account (单建统筹)</translation>
    </message>
    <message>
        <source>当地统一比例</source>
        <translation>Local standard rate</translation>
    </message>
    <message>
        <source>“{text}”不是有效的缴费比例，请按百分数填写，如 8 或 8%</source>
        <extracomment>the book&apos;s rate the quote uses; ``None`` when the user typed the rate</extracomment>
        <translation>&quot;{text}&quot; is not a valid contribution rate; please enter a percentage, e.g. 8 or 8%</translation>
    </message>
    <message>
        <source>缴费比例 {text} 不在 0% 到 30% 之间，请按当地公布的百分数填写（如 8%）</source>
        <translation>Contribution rate {text} is not between 0% and 30%; please enter the percentage published locally (e.g. 8%)</translation>
    </message>
    <message>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>费款所属期</source>
        <translation>Contribution period (费款所属期)</translation>
    </message>
    <message>
        <source>所属期止</source>
        <translation>Period end</translation>
    </message>
    <message>
        <source>险种</source>
        <translation>Insurance type</translation>
    </message>
    <message>
        <source>缴费基数</source>
        <translation>Contribution base</translation>
    </message>
    <message>
        <source>个人缴费</source>
        <translation>Personal contribution</translation>
    </message>
    <message>
        <source>单位缴费</source>
        <translation>Employer contribution</translation>
    </message>
    <message>
        <source>划入个人账户</source>
        <translation>Credited to personal account</translation>
    </message>
    <message>
        <source>个人缴费划入个人账户</source>
        <translation>Personal contribution credited</translation>
    </message>
    <message>
        <source>单位缴费划入个人账户</source>
        <translation>Employer contribution credited</translation>
    </message>
    <message>
        <source>缴费状态</source>
        <translation>Payment status</translation>
    </message>
    <message>
        <source>缴费方</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>代缴人</source>
        <translation>Paying relative</translation>
    </message>
    <message>
        <source>待遇年度</source>
        <translation>Benefit year</translation>
    </message>
    <message>
        <source>缴费日期</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>年月不对：{detail}</source>
        <translation>Wrong year and month: {detail}</translation>
    </message>
    <message>
        <source>缺少费款所属期（缴费年月）</source>
        <translation>Contribution period (费款所属期, year and month) is missing</translation>
    </message>
    <message>
        <source>金额不能是负数：{text}</source>
        <translation>The amount cannot be negative: {text}</translation>
    </message>
    <message>
        <source>金额不对：{detail}</source>
        <translation>Wrong amount: {detail}</translation>
    </message>
    <message>
        <source>个人缴费和单位缴费都是空的</source>
        <translation>Both personal and employer contributions are empty</translation>
    </message>
    <message>
        <source>不认识的险种“{text}”，请写 职工医保、灵活就业、居民医保 之一（或跳过这一行）</source>
        <translation>Unknown insurance type &quot;{text}&quot;; please write one of &quot;职工医保&quot;, &quot;灵活就业&quot;, &quot;居民医保&quot; (or skip this row)</translation>
    </message>
    <message>
        <source>不认识的缴费状态“{text}”，请写 已缴、补缴 或 欠缴</source>
        <translation>Unknown payment status &quot;{text}&quot;; please write &quot;已缴&quot;, &quot;补缴&quot; or &quot;欠缴&quot;</translation>
    </message>
    <message>
        <source>不认识的缴费方“{text}”，请写 本人、单位 或 代缴</source>
        <translation>Unknown payer &quot;{text}&quot;; please write &quot;本人&quot;, &quot;单位&quot; or &quot;代缴&quot;</translation>
    </message>
    <message>
        <source>代缴人“{text}”不是家庭成员，请先在家庭成员中添加</source>
        <translation>Paying relative &quot;{text}&quot; is not a family member; please add them under Family members first</translation>
    </message>
    <message>
        <source>“{text}”不是家庭成员（或有重名），请先在家庭成员中添加，或删掉这一列</source>
        <translation>&quot;{text}&quot; is not a family member (or the name is shared by several); please add them under Family members first, or delete this column</translation>
    </message>
    <message>
        <source>代缴人不能是本人</source>
        <translation>The paying relative cannot be yourself</translation>
    </message>
    <message>
        <source>待遇年度“{text}”不对，请写 4 位年份，如 2025</source>
        <translation>Benefit year &quot;{text}&quot; is wrong; please write a 4-digit year, e.g. 2025</translation>
    </message>
    <message>
        <source>日期“{text}”不对，请写成 2025-01-15 的样子</source>
        <translation>Date &quot;{text}&quot; is wrong; please write it like 2025-01-15</translation>
    </message>
    <message>
        <source>这一行包含 {first} 至 {last} 多个月，职工医保请每个月一行</source>
        <translation>This row covers several months, {first} to {last}; for employee insurance please use one row per month</translation>
    </message>
    <message>
        <source>{month} {scheme}在文件中重复（第 {other} 行已有），这一行不会导入</source>
        <translation>{month} {scheme} appears twice in the file (already in row {other}); this row will not be imported</translation>
    </message>
    <message>
        <source>{month} {scheme}已有记录（{what}）</source>
        <translation>{month} {scheme} already has a record ({what})</translation>
    </message>
    <message>
        <source>文件中没有“{label}”这一列，请在上方指定哪一列是它</source>
        <translation>The file has no &quot;{label}&quot; column; please choose above which column it is</translation>
    </message>
    <message>
        <source>文件中没有“个人缴费”或“单位缴费”列，请在上方指定</source>
        <translation>The file has no &quot;Personal contribution&quot; or &quot;Employer contribution&quot; column; please choose them above</translation>
    </message>
    <message>
        <source>文件里没有数据行</source>
        <translation>The file has no data rows</translation>
    </message>
    <message>
        <source>文件是空的</source>
        <translation>The file is empty</translation>
    </message>
    <message>
        <source>金额过大：{text}（超过 1 亿元），请检查是否多输了数字</source>
        <translation>The amount is too large: {text} (over 100 million yuan); please check for extra digits</translation>
    </message>
    <message>
        <source>第 {line} 行读不出来（格子内容太长，或引号没有配对），请检查这个文件</source>
        <translation>Row {line} cannot be read (a cell is too long, or quotation marks do not match); please check this file</translation>
    </message>
    <message>
        <source>无法按 {encoding} 读取这个文件（第 {line} 行附近），请换一种编码试试</source>
        <translation>This file cannot be read as {encoding} (near row {line}); please try another encoding</translation>
    </message>
    <message>
        <source>认不出文件的编码，请手动选择（Excel 保存的 CSV 一般是 GB18030/GBK）</source>
        <translation>The file&apos;s encoding cannot be recognized; please choose it yourself (CSV files saved by Excel are usually GB18030/GBK)</translation>
    </message>
    <message>
        <source>示例：请改成您自己的记录，或删掉这一行</source>
        <extracomment>columns of :func:`record_cells` holding free text (names, source, note) the example row of :func:`template_csv` (成员 empty: the member chosen in the dialog)</extracomment>
        <translation>Example: please replace with your own record, or delete this row</translation>
    </message>
    <message>
        <source>无法读取这个 Excel 文件（{detail}）；请确认是 .xlsx 格式</source>
        <translation>This Excel file cannot be read ({detail}); please make sure it is in .xlsx format</translation>
    </message>
    <message>
        <source>Excel 文件第 {line} 行附近有无法读取的内容，请在 Excel 中打开这个文件、另存一份后再导入</source>
        <translation>The Excel file has unreadable content near row {line}; please open it in Excel, save a copy, then import that</translation>
    </message>
    <message>
        <source>Excel 文件第 {line} 行“{column}”列有无法读取的内容，请在 Excel 中打开这个文件、另存一份后再导入</source>
        <translation>The Excel file has unreadable content in row {line}, column &quot;{column}&quot;; please open it in Excel, save a copy, then import that</translation>
    </message>
    <message>
        <source>解压后超过 {max} MB</source>
        <translation>over {max} MB when unzipped</translation>
    </message>
    <message>
        <source>内容超过 {max} 个单元</source>
        <translation>more than {max} cells</translation>
    </message>
    <message>
        <source>工作表太多</source>
        <translation>too many worksheets</translation>
    </message>
    <message>
        <source>文字内容解压后超过 {max} MB</source>
        <translation>text over {max} MB when unzipped</translation>
    </message>
    <message>
        <source>样式等附加内容太多</source>
        <translation>too much styling and other extra content</translation>
    </message>
    <message>
        <source>第 {n} 列</source>
        <translation>Column {n}</translation>
    </message>
    <message>
        <source>内容太长（超过 {max} 个字）</source>
        <translation>Too long (over {max} characters)</translation>
    </message>
    <message>
        <source>逗号 ,</source>
        <extracomment>(codec name, label shown to the user) (delimiter, label shown to the user)</extracomment>
        <translation>Comma ,</translation>
    </message>
    <message>
        <source>分号 ;</source>
        <translation>Semicolon ;</translation>
    </message>
    <message>
        <source>制表符 Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>“{text}”不是金额</source>
        <translation>&quot;{text}&quot; is not an amount</translation>
    </message>
    <message>
        <source>长期备案</source>
        <translation>Long-term filing</translation>
    </message>
    <message>
        <source>临时备案</source>
        <translation>Temporary filing</translation>
    </message>
    <message>
        <source>异地安置退休</source>
        <translation>Retired, living elsewhere (异地安置退休)</translation>
    </message>
    <message>
        <source>异地长期居住</source>
        <translation>Long-term residence elsewhere (异地长期居住)</translation>
    </message>
    <message>
        <source>常驻异地工作</source>
        <translation>Posted to work elsewhere (常驻异地工作)</translation>
    </message>
    <message>
        <source>异地转诊</source>
        <translation>Referral elsewhere (异地转诊)</translation>
    </message>
    <message>
        <source>急诊抢救</source>
        <translation>Emergency care (急诊抢救)</translation>
    </message>
    <message>
        <source>其他临时外出就医</source>
        <translation>Other temporary care elsewhere (其他临时外出就医)</translation>
    </message>
    <message>
        <source>退休后到外地定居（例如去子女所在城市养老）</source>
        <translation>Settling elsewhere after retirement (e.g. moving to a child&apos;s city)</translation>
    </message>
    <message>
        <source>在外地长期居住、生活（还没退休，或不落户）</source>
        <translation>Living elsewhere long-term (not yet retired, or without moving hukou)</translation>
    </message>
    <message>
        <source>单位派我到外地长期工作</source>
        <translation>My employer has posted me to work elsewhere long-term</translation>
    </message>
    <message>
        <source>本地医院开了转诊，要去外地医院看病</source>
        <translation>My local hospital referred me to a hospital elsewhere</translation>
    </message>
    <message>
        <source>在外地突发急病、急诊或抢救</source>
        <translation>Sudden illness, emergency or resuscitation while elsewhere</translation>
    </message>
    <message>
        <source>出差、旅游、探亲时看病，或自己想去外地看病</source>
        <translation>Care during a business trip, travel or family visit, or choosing to be treated elsewhere</translation>
    </message>
    <message>
        <source>请选择地区（“{code}”不是有效的统筹区）</source>
        <translation>Please choose a region (&quot;{code}&quot; is not a valid insurance region)</translation>
    </message>
    <message>
        <source>就医地和参保地都是{name}，在参保的统筹区内看病不用办理异地就医备案。如果要去的是同省的其他城市，请选那个城市</source>
        <translation>The place of treatment and the insured location are both {name}. You do not need to file for care outside the insured region (异地就医备案) when treated within your own insurance region. If you are going to another city in the same province, please choose that city</translation>
    </message>
    <message>
        <source>请填写开始看病（住院）的日期</source>
        <translation>Please enter the date treatment (or hospital stay) starts</translation>
    </message>
    <message>
        <source>已经看过病的话，开始日期不能晚于今天（{today}）</source>
        <translation>If you have already been treated, the start date cannot be later than today ({today})</translation>
    </message>
    <message>
        <source>日期太早了（早于 {earliest}），请检查</source>
        <translation>The date is too early (before {earliest}); please check</translation>
    </message>
    <message>
        <source>请填写出院或结清费用的日期，报销期限从这一天算起</source>
        <translation>Please enter the date you left hospital or settled the bill; the reimbursement deadline counts from this day</translation>
    </message>
    <message>
        <source>出院（结算）日期不能早于开始日期 {start}</source>
        <translation>The discharge (settlement) date cannot be earlier than the start date {start}</translation>
    </message>
    <message>
        <source>出院（结算）日期不能晚于今天（{today}）；还没出院的话，请出院后再来填写报销部分</source>
        <translation>The discharge (settlement) date cannot be later than today ({today}); if you are still in hospital, please fill in the reimbursement part after you leave</translation>
    </message>
    <message>
        <source>您已退休，准备到{dest}长期定居，属于“异地安置退休”。户口已迁过去的用户口簿办理；户口没迁的，多数地区可以用居住证或《异地长期居住承诺书》办理（个别地区要求改按“异地长期居住”备案，材料基本相同）。</source>
        <translation>You are retired and plan to settle in {dest} long-term, so this is &quot;retired, living elsewhere&quot; (异地安置退休). If your hukou has moved there, apply with your household register (户口簿); if not, most regions accept a residence permit (居住证) or a 《异地长期居住承诺书》 (a few regions ask you to file as &quot;long-term residence elsewhere&quot; instead, with mostly the same documents).</translation>
    </message>
    <message>
        <source>“异地安置退休”只适用于已经退休的人。您还没有办理退休，到{dest}长期生活按“异地长期居住”备案；退休以后可以申请变更。</source>
        <translation>&quot;Retired, living elsewhere&quot; (异地安置退休) is only for people who have retired. You have not retired yet, so living long-term in {dest} is filed as &quot;long-term residence elsewhere&quot; (异地长期居住); you can apply to change it after you retire.</translation>
    </message>
    <message>
        <source>您要在{dest}长期居住、生活，按“异地长期居住”备案，备案后长期有效。</source>
        <translation>You will live long-term in {dest}, so file as &quot;long-term residence elsewhere&quot; (异地长期居住); the filing stays valid long-term.</translation>
    </message>
    <message>
        <source>单位派您到{dest}长期工作，按“常驻异地工作”备案，一般需要单位出具派驻证明（部分地区可用个人承诺代替）。</source>
        <translation>Your employer has posted you to work long-term in {dest}, so file as &quot;posted to work elsewhere&quot; (常驻异地工作). This usually needs a posting certificate from your employer (some regions accept a personal pledge instead).</translation>
    </message>
    <message>
        <source>“常驻异地工作”用于单位派驻外地的职工医保参保人。您参加的是{scheme}，到{dest}长期生活一般按“异地长期居住”备案。</source>
        <translation>&quot;Posted to work elsewhere&quot; (常驻异地工作) is for people with employee insurance (职工医保) posted elsewhere by their employer. You have {scheme}, so living long-term in {dest} is usually filed as &quot;long-term residence elsewhere&quot; (异地长期居住).</translation>
    </message>
    <message>
        <source>参保地的定点医院因病情需要把您转到{dest}的医院，属于“异地转诊”（临时备案），需要医院开具的转诊证明。</source>
        <translation>A designated hospital in your insured region is transferring you to a hospital in {dest} for medical reasons. This is a &quot;referral elsewhere&quot; (异地转诊, temporary filing) and needs a referral certificate from the hospital.</translation>
    </message>
    <message>
        <source>在{dest}突发疾病需要急诊、抢救，属于“急诊抢救”（临时备案）。来不及先备案的，看参保地是否允许事后补办。</source>
        <translation>Sudden illness in {dest} needing emergency care or resuscitation is &quot;emergency care&quot; (急诊抢救, temporary filing). If there is no time to file first, check whether your insured region allows filing afterwards.</translation>
    </message>
    <message>
        <source>出差、旅游、探亲时看病，或自己想去{dest}看病，属于“其他临时外出就医”（临时备案），一般不需要证明材料，但报销比例可能比转诊、急诊降得更多。</source>
        <translation>Care during a business trip, travel or family visit, or choosing to be treated in {dest}, is &quot;other temporary care elsewhere&quot; (其他临时外出就医, temporary filing). Usually no supporting documents are needed, but the reimbursement rate may be cut more than for referrals or emergencies.</translation>
    </message>
    <message>
        <source>{rule}。参保关系转移或中断（例如换了统筹区参保）后，原备案一般随之失效，需要重新办理。</source>
        <translation>{rule}. If your insurance is transferred or interrupted (e.g. you become insured in another insurance region), the original filing usually stops being valid and you need to file again.</translation>
    </message>
    <message>
        <source>临时备案原则上至少 {months} 个月有效（从备案开始日期算），期满后还要看病的需要重新备案；具体到期日以备案回执为准。</source>
        <translation>A temporary filing is in principle valid for at least {months} months (from the filing start date). If you still need treatment after it expires, file again; the exact expiry date is on the filing receipt.</translation>
    </message>
    <message>
        <source>{region}规定转诊备案最长 {months} 个月有效，到期后还需要治疗的，请再开转诊证明重新备案。</source>
        <translation>In {region}, a referral filing is valid for at most {months} months. If you still need treatment after it expires, get a new referral certificate and file again.</translation>
    </message>
    <message>
        <source>政策库中没有{region}的备案有效期规定，请以备案回执为准。</source>
        <translation>The policy library has no rules on how long filings are valid in {region}; please go by the filing receipt.</translation>
    </message>
    <message>
        <source>长期备案后在{dest}看病，按参保地（{insured}）的起付线、报销比例和最高支付限额结算，不因“异地”而降低比例。</source>
        <translation>After a long-term filing, care in {dest} is settled with the deductible, reimbursement rate and maximum payment of your insured location ({insured}); the rate is not lowered because you are elsewhere.</translation>
    </message>
    <message>
        <source>备案有效期内回{insured}看病，也可以照常用医保结算（双向享受待遇）。</source>
        <translation>While the filing is valid, you can also use medical insurance as usual when you go back to {insured} for care (benefits in both places).</translation>
    </message>
    <message>
        <source>{type}属于临时外出就医，报销比例可能比在{insured}看病低，但最多低 {points} 个百分点（例如本地报 80% 的，最低按 {floor}% 报）。</source>
        <translation>{type} counts as temporary care elsewhere. The reimbursement rate may be lower than in {insured}, but at most {points} percentage points lower (e.g. if 80% is reimbursed locally, at least {floor}% is reimbursed).</translation>
    </message>
    <message>
        <source>{region}规定：{type}在外地看病，报销比例比在{insured}看病低 {value} 个百分点。例如在{insured}报 {home}% 的费用，在外地按 {home}% − {value} 个百分点 = {result}% 报：{bill} 元的合规费用报 {paid} 元（起付线、最高支付限额另计）。</source>
        <translation>{region} rule: for {type}, care elsewhere is reimbursed {value} percentage points lower than in {insured}. E.g. costs reimbursed at {home}% in {insured} are reimbursed elsewhere at {home}% − {value} percentage points = {result}%: eligible costs of {bill} yuan get {paid} yuan back (deductible and maximum payment counted separately).</translation>
    </message>
    <message>
        <source>{region}规定：{type}在外地看病，合规费用先由个人自付 {value}%，其余部分再按{insured}的比例报销。例如在{insured}报 {home}% 的费用：{bill} 元先自付 {first} 元，剩下的 {rest} 元按 {home}% 报 {paid} 元，相当于整笔费用报 {result}%（起付线、最高支付限额另计）。</source>
        <translation>{region} rule: for {type}, when treated elsewhere you first pay {value}% of eligible costs yourself, and the rest is reimbursed at the {insured} rate. E.g. for costs reimbursed at {home}% in {insured}: of {bill} yuan you first pay {first} yuan, and the remaining {rest} yuan is reimbursed at {home}%, giving {paid} yuan, which equals {result}% of the whole bill (deductible and maximum payment counted separately).</translation>
    </message>
    <message>
        <source>{region}规定：{type}在外地看病，报销比例按在{insured}的比例乘以 {value}%。例如在{insured}报 {home}% 的费用，在外地按 {home}% × {value}% = {result}% 报：{bill} 元的合规费用报 {paid} 元（起付线、最高支付限额另计）。</source>
        <translation>{region} rule: for {type}, the reimbursement rate elsewhere is the {insured} rate times {value}%. E.g. costs reimbursed at {home}% in {insured} are reimbursed elsewhere at {home}% × {value}% = {result}%: eligible costs of {bill} yuan get {paid} yuan back (deductible and maximum payment counted separately).</translation>
    </message>
    <message>
        <source>{region}规定：{type}在外地看病，报销比例与在{insured}看病相同，不因临时外出而降低（例如在{insured}报 {home}% 的，在外地也报 {home}%）。</source>
        <translation>{region} rule: for {type}, the reimbursement rate elsewhere is the same as in {insured}, not lowered for temporary care elsewhere (e.g. costs reimbursed at {home}% in {insured} are also reimbursed at {home}% elsewhere).</translation>
    </message>
    <message>
        <source>临时外出就医的报销比例可能比在参保地低；政策库中没有降幅的规定，以当地为准。</source>
        <translation>The reimbursement rate for temporary care elsewhere may be lower than in your insured location; the policy library has no rule on how much lower, so local rules apply.</translation>
    </message>
    <message>
        <source>{region}在省内异地就医另有分段报销比例：{bands}。</source>
        <translation>{region} has separate reimbursement rates by cost band for care elsewhere within the province: {bands}.</translation>
    </message>
    <message>
        <source>不备案的话：在外地看病一般不能直接刷医保结算，要先全部自己垫付，回参保地手工报销，报销比例可能更低，甚至不予报销（各地不同，以当地为准）。</source>
        <translation>Without filing: when treated elsewhere you usually cannot settle directly with medical insurance. You must pay everything yourself first and then claim manual reimbursement (手工报销) in your insured region; the rate may be lower, or the costs may not be reimbursed at all (this differs by region; local rules apply).</translation>
    </message>
    <message>
        <source>{region}允许急诊抢救在就医后补办备案，期限是急诊之日起 {days} 天内（即 {by} 前）。补办后，符合规定的费用可按异地就医结算或报销。</source>
        <translation>{region} allows emergency care to be filed afterwards, within {days} days of the emergency (that is, before {by}). After filing, eligible costs can be settled or reimbursed as care outside the insured region.</translation>
    </message>
    <message>
        <source>{region}允许急诊抢救在就医后补办备案，期限是急诊之日起 {days} 天内（即 {by} 前），现在已经过了。没能补办备案的，已经自己垫付的费用请按手工报销办理，能报多少以参保地审核为准。</source>
        <translation>{region} allows emergency care to be filed afterwards, within {days} days of the emergency (that is, before {by}), but that time has now passed. If you could not file in time, claim what you paid yourself through manual reimbursement (手工报销); how much is paid back is decided by your insured region.</translation>
    </message>
    <message>
        <source>{region}允许急诊抢救在就医后补办备案；政策库中没有补办期限，请尽快办理。</source>
        <translation>{region} allows emergency care to be filed afterwards; the policy library has no deadline for this, so please do it as soon as possible.</translation>
    </message>
    <message>
        <source>{region}的规定中急诊抢救不能事后补办备案；已经自己垫付的费用请按手工报销办理。</source>
        <translation>Under the rules of {region}, emergency care cannot be filed afterwards; for costs you have already paid yourself, please claim manual reimbursement (手工报销).</translation>
    </message>
    <message>
        <source>政策库中没有{region}能否事后补办急诊备案、期限多长的规定。请尽快打电话问参保地医保经办机构；补办规则由参保地决定。</source>
        <translation>The policy library has no rules on whether {region} allows filing for emergency care afterwards, or by when. Please call the medical insurance office in your insured region soon; your insured region decides the rules for late filing.</translation>
    </message>
    <message>
        <source>政策库中没有{region}能否事后补办急诊备案、期限多长的规定（例如{example}是急诊后 {days} 天内）。请尽快打电话问参保地医保经办机构；补办规则由参保地决定。</source>
        <translation>The policy library has no rules on whether {region} allows filing for emergency care afterwards, or by when (e.g. in {example} it is within {days} days of the emergency). Please call the medical insurance office in your insured region soon; your insured region decides the rules for late filing.</translation>
    </message>
    <message>
        <source>手工报销的申请时限各地不同，最短 {shortest} 个月、最长到{longest}。按最短的 {shortest} 个月算，请在 {deadline} 前把材料交到参保地医保经办机构；{region}如有更长的期限，以当地规定为准。</source>
        <translation>The deadline to claim manual reimbursement (手工报销) differs by region, from {shortest} months to {longest}. Going by the shortest, {shortest} months, please hand in your documents to the medical insurance office in your insured region before {deadline}; if {region} allows longer, local rules apply.</translation>
    </message>
    <message>
        <source>手工报销的申请时限各地不同，最短 {shortest} 个月、最长到{longest}。按最短的 {shortest} 个月算，{deadline} 已经过了；{region}如有更长的期限，可能还来得及，请尽快向参保地医保经办机构确认并提交材料。</source>
        <translation>The deadline to claim manual reimbursement (手工报销) differs by region, from {shortest} months to {longest}. Going by the shortest, {shortest} months, {deadline} has already passed; if {region} allows longer, there may still be time: please ask the medical insurance office in your insured region and hand in your documents as soon as you can.</translation>
    </message>
    <message>
        <source>政策库中没有{region}手工报销的申请时限。请尽早（最好在出院后几个月内）提交，并向参保地医保经办机构确认期限。</source>
        <translation>The policy library has no deadline for claiming manual reimbursement (手工报销) in {region}. Please submit as early as possible (ideally within a few months of leaving hospital), and confirm the deadline with the medical insurance office in your insured region.</translation>
    </message>
    <message>
        <source>部分地区材料齐全后约 {days} 个工作日内审核并拨付；若 {date} 交齐材料，大约在 {paid} 前到账（按法定节假日推算）。</source>
        <translation>In some regions, once all documents are in, the claim is reviewed and paid within about {days} working days; if you hand in everything on {date}, the money should arrive by about {paid} (counting public holidays).</translation>
    </message>
    <message>
        <source>部分地区材料齐全后约 {days} 个工作日内审核并拨付；若 {date} 交齐材料，大约在 {paid} 前到账（{year} 年的法定节假日还没有收录，只按周末推算，可能再晚几天）。</source>
        <translation>In some regions, once all documents are in, the claim is reviewed and paid within about {days} working days; if you hand in everything on {date}, the money should arrive by about {paid} (public holidays for {year} are not yet included, so only weekends are counted; it may take a few more days).</translation>
    </message>
    <message>
        <source>想变更或取消备案：一般可以在办理备案的同一渠道申请；有的地区规定长期备案办理后一段时间内不能变更或取消。这部分规定未经证实，请以当地为准。</source>
        <translation>To change or cancel a filing: you can usually apply through the same channel you filed with; some regions do not allow changing or cancelling a long-term filing for a while after it is made. These rules are unconfirmed; local rules apply.</translation>
    </message>
    <message>
        <source>{insured}和{dest}在同一个省，属于省内异地就医；不少省份省内异地已免备案，可以先在当地医保 APP 查一查。</source>
        <translation>{insured} and {dest} are in the same province, so this is care elsewhere within the province. Many provinces no longer require filing within the province; you can check in the local medical insurance app first.</translation>
    </message>
    <message>
        <source>出发（开始就医）前办好备案</source>
        <translation>File before leaving (before treatment starts)</translation>
    </message>
    <message>
        <source>急诊补办备案截止</source>
        <translation>Deadline to file for emergency care afterwards</translation>
    </message>
    <message>
        <source>手工报销材料提交截止（按最短时限）</source>
        <translation>Deadline to submit manual reimbursement documents (shortest limit)</translation>
    </message>
    <message>
        <source>临时备案到期（如仍需就医请续办）</source>
        <translation>Temporary filing expires (renew if you still need care)</translation>
    </message>
    <message>
        <source>政策库</source>
        <translation>Policy library</translation>
    </message>
    <message>
        <source>本地修改</source>
        <translation>Changed locally</translation>
    </message>
    <message>
        <source>您填写的</source>
        <translation>Entered by you</translation>
    </message>
    <message>
        <source>您填写的家庭成员信息</source>
        <extracomment>the household&apos;s own records (members, bindings, history), not a policy value</extracomment>
        <translation>Your household&apos;s details</translation>
    </message>
    <message>
        <source>政策库未收录</source>
        <extracomment>the book holds nothing for this region and day</extracomment>
        <translation>Not in the policy book</translation>
    </message>
    <message>
        <source>缴费时直接从个人账户扣</source>
        <translation>Deducted from the personal account when paying</translation>
    </message>
    <message>
        <source>先缴后返</source>
        <translation>Pay first, refunded later</translation>
    </message>
    <message>
        <source>医保钱包共济额度</source>
        <translation>Medical insurance wallet quota (医保钱包)</translation>
    </message>
    <message>
        <source>给亲属缴居民医保时，直接从您的个人账户扣钱（如税务渠道的“家庭共济缴费”）。亲属不用先垫钱。</source>
        <translation>When paying a relative&apos;s resident insurance, the money is taken directly from your personal account (e.g. the tax channel&apos;s &quot;家庭共济缴费&quot;). The relative does not have to pay first.</translation>
    </message>
    <message>
        <source>亲属先自己把居民医保费缴上，您再申请从个人账户把这笔钱返还到银行卡（到账时间以当地为准）。亲属要先准备好现金。</source>
        <translation>The relative first pays the resident insurance themselves, then you apply to have that amount refunded from your personal account to a bank card (when it arrives depends on local rules). The relative needs the cash ready first.</translation>
    </message>
    <message>
        <source>在国家医保服务平台“医保钱包”里给亲属设一笔共济额度，用额度给亲属缴费。额度里的钱您自己不能用，解除绑定后没用完的会退回。</source>
        <translation>In the &quot;medical insurance wallet&quot; (医保钱包) in the national medical insurance app (国家医保服务平台 APP), set a mutual aid quota for the relative and use it to pay their contribution. You cannot use the money in the quota yourself; any unused amount is returned when the link is ended.</translation>
    </message>
    <message>
        <source>现在可以代缴</source>
        <translation>Can pay now</translation>
    </message>
    <message>
        <source>稍后可以代缴</source>
        <translation>Can pay later</translation>
    </message>
    <message>
        <source>截止前余额不够</source>
        <translation>Balance too low before deadline</translation>
    </message>
    <message>
        <source>不能用个人账户代缴</source>
        <translation>Cannot pay from personal account</translation>
    </message>
    <message>
        <source>个人不用缴费</source>
        <translation>No personal contribution needed</translation>
    </message>
    <message>
        <source>绑定后可代缴</source>
        <translation>Can pay after linking</translation>
    </message>
    <message>
        <source>待代缴</source>
        <translation>To be paid</translation>
    </message>
    <message>
        <source>已代缴</source>
        <translation>Paid for them</translation>
    </message>
    <message>
        <source>已自行缴费</source>
        <translation>Paid by themselves</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>未申报</source>
        <translation>Not yet applied</translation>
    </message>
    <message>
        <source>已申报</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>申报成功</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已返还</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>失败，修改后重新提交</source>
        <translation>Failed, correct and resubmit</translation>
    </message>
    <message>
        <source>可共济的余额起点</source>
        <extracomment>only the balance above this is usable (Shanxi 1,000); ``None`` = no threshold relations the account may pay for (Relation labels); ``None`` = not recorded 统筹区内 / 省内跨统筹区 / 跨省; ``None`` = not recorded policy key → where the value came from</extracomment>
        <translation>Balance threshold for mutual aid</translation>
    </message>
    <message>
        <source>按月</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>按年</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>长护险</source>
        <translation>Long-term care insurance</translation>
    </message>
    <message>
        <source>{month} 划入</source>
        <translation>{month} credit</translation>
    </message>
    <message>
        <source>余额不能是负数</source>
        <translation>The balance cannot be negative</translation>
    </message>
    <message>
        <source>请至少添加一位要代缴的亲属</source>
        <translation>Please add at least one relative to pay for</translation>
    </message>
    <message>
        <source>请填写第 {n} 位亲属的称呼或姓名</source>
        <translation>Please enter a name or nickname for relative no. {n}</translation>
    </message>
    <message>
        <source>{name} 的缴费金额不能是负数</source>
        <translation>The contribution amount for {name} cannot be negative</translation>
    </message>
    <message>
        <source>{name} 的个人负担比例应在 0% 到 100% 之间</source>
        <translation>The personal share for {name} should be between 0% and 100%</translation>
    </message>
    <message>
        <source>余额起点不能是负数</source>
        <translation>The balance threshold cannot be negative</translation>
    </message>
    <message>
        <source>余额日期不能晚于计划办理日期</source>
        <translation>The balance date cannot be later than the planned application date</translation>
    </message>
    <message>
        <source>现在可用余额 {usable} 够缴 {amount}，代缴后账户余额 {after}。</source>
        <extracomment>How far ahead the simulation looks when no collection period ends it (and for the &quot;when would the balance cover it&quot; hint after a deadline).</extracomment>
        <translation>The available balance of {usable} now covers {amount}; after paying, the account balance will be {after}.</translation>
    </message>
    <message>
        <source>现在可用余额不够；{month} 的划入到账后（约 {day}）就够了，代缴后账户余额 {after}；在截止日 {deadline} 之前。</source>
        <translation>The available balance is not enough now; it will be after the {month} credit arrives (about {day}), leaving an account balance of {after}, before the deadline {deadline}.</translation>
    </message>
    <message>
        <source>现在可用余额不够；{month} 的划入到账后（约 {day}）就够了，代缴后账户余额 {after}。</source>
        <translation>The usable balance is not enough yet. Once the {month} credit to the account arrives (around {day}), it will be enough; after paying for your relative (代缴), the account balance will be {after}.</translation>
    </message>
    <message>
        <source>征缴期 {start} 才开始，到时余额够缴 {amount}，代缴后账户余额 {after}；截止日 {deadline}。</source>
        <translation>The collection period (征缴期) only starts on {start}; by then the balance will cover {amount}, leaving {after} in the account after paying. Deadline: {deadline}.</translation>
    </message>
    <message>
        <source>截止日 {deadline} 之前可用余额不够缴 {amount}；按预计的每月划入，要到 {month} 的划入到账后（约 {day}）才够，已经晚了。请在截止日前自己缴这 {amount}（现金、银行卡或微信支付宝）。</source>
        <translation>Before the deadline {deadline}, the usable balance is not enough to pay {amount}. Based on the expected monthly credits, it will only be enough after the {month} credit arrives (around {day}), which is too late. Please pay this {amount} yourselves before the deadline (cash, bank card, WeChat or Alipay).</translation>
    </message>
    <message>
        <source>截止日 {deadline} 之前可用余额不够缴 {amount}；按预计的划入，{until} 之前也不够。请在截止日前自己缴这 {amount}（现金、银行卡或微信支付宝）。</source>
        <translation>Before the deadline {deadline}, the usable balance is not enough to pay {amount}, and based on the expected credits it will still not be enough by {until}. Please pay this {amount} yourselves before the deadline (cash, bank card, WeChat or Alipay).</translation>
    </message>
    <message>
        <source>按预计的划入，{until} 之前可用余额都不够缴 {amount}。请自己缴费，或多填几个月的划入再算。</source>
        <translation>Based on the expected credits, the usable balance will not cover {amount} at any point up to {until}. Please pay it yourselves, or enter more months of credits and calculate again.</translation>
    </message>
    <message>
        <source>先缴后返：{name}先自己缴 {amount}；您申请成功后，约 {month} 返还到银行卡。</source>
        <translation>Pay first, get refunded later (先缴后返): {name} first pays {amount} themselves; once your application succeeds, the money is returned to their bank card around {month}.</translation>
    </message>
    <message>
        <source>先缴后返：{name}先自己缴 {amount}；您申请成功后返还到银行卡，到账月份请向当地确认。</source>
        <translation>Pay first, get refunded later (先缴后返): {name} first pays {amount} themselves; once your application succeeds, the money is returned to their bank card. Please check locally in which month it arrives.</translation>
    </message>
    <message>
        <source>医保钱包：{day} 给{name}设共济额度 {amount}，用额度缴费。</source>
        <translation>Medical insurance wallet (医保钱包): on {day}, set a mutual-aid allowance (共济额度) of {amount} for {name} and pay with the allowance.</translation>
    </message>
    <message>
        <source>{group}个人不用缴费（由政府全额资助），不需要代缴。</source>
        <translation>{group} pay nothing themselves (the government covers it in full), so there is no need to pay on their behalf (代缴).</translation>
    </message>
    <message>
        <source>新生儿一般在出生后通过专门渠道办理参保缴费，不能用个人账户代缴，请按当地新生儿参保办法办理。</source>
        <translation>Newborns are usually enrolled and paid for through a special channel after birth and cannot be paid for from the personal account (个人账户). Please follow the local rules for enrolling newborns.</translation>
    </message>
    <message>
        <source>{group}的个人缴费部分通过专门渠道缴纳，不能用个人账户代缴；请按当地资助参保的办法缴 {amount}。</source>
        <translation>For {group}, the personal share is paid through a special channel and cannot be paid from the personal account (个人账户). Please pay {amount} following the local rules for subsidised enrolment.</translation>
    </message>
    <message>
        <source>本地区个人账户只能为{scope}代缴，{relation}不在范围内；请亲属自己缴 {amount}。</source>
        <translation>In this region the personal account (个人账户) can only pay for {scope}; {relation} is not included. Please have the relative pay {amount} themselves.</translation>
    </message>
    <message>
        <source>本地区只能在同一统筹区内共济，{name}的参保地（{region}）不同；请亲属自己缴 {amount}。</source>
        <translation>In this region mutual aid only works within the same insurance region (统筹区), and {name} is insured in a different one ({region}). Please have the relative pay {amount} themselves.</translation>
    </message>
    <message>
        <source>本地区只能在省内共济，{name}的参保地（{region}）在外省；请亲属自己缴 {amount}。</source>
        <translation>In this region mutual aid only works within the same province, and {name} is insured in another province ({region}). Please have the relative pay {amount} themselves.</translation>
    </message>
    <message>
        <source>本地区只能代缴当年的居民医保费，不能代缴 {year} 年度（补缴往年）；请亲属自己按补缴办法办理。</source>
        <translation>In this region you can only pay the current year&apos;s resident medical insurance (居民医保) for a relative, not for {year} (back payment for a past year). Please have the relative make the back payment themselves under the local back-payment rules.</translation>
    </message>
    <message>
        <source>{year} 年度的征缴期 {end} 已经结束，过了缴费期不能再代缴；补缴要按当地办法办理，并可能有待遇等待期。</source>
        <translation>The collection period for {year} ended on {end}; after that, you can no longer pay on a relative&apos;s behalf (代缴). Back payment follows local rules and may come with a waiting period (待遇等待期).</translation>
    </message>
    <message>
        <source>先在医保 APP 或窗口办好与{name}的家庭共济绑定，才能代缴。</source>
        <translation>First link up with {name} for family mutual aid (家庭共济) in the medical insurance app (医保 APP) or at the counter; only then can you pay on their behalf.</translation>
    </message>
    <message>
        <source>请确认已经办好与{name}的家庭共济绑定；没绑定的要先绑定才能代缴。</source>
        <translation>Please make sure you have linked up with {name} for family mutual aid (家庭共济); if not, you need to link first before you can pay on their behalf.</translation>
    </message>
    <message>
        <source>{region}{year} 年度的征缴期按通常月份估计为 {start} 至 {end}，请以当地公布的日期为准。</source>
        <translation>The {year} collection period in {region} is estimated from the usual months as {start} to {end}; the dates published locally are what count.</translation>
    </message>
    <message>
        <source>不知道{name}参保地 {year} 年度的征缴期，没有按截止日计算；请向当地确认缴费截止日期。</source>
        <translation>The {year} collection period where {name} is insured is not known, so no deadline was used in the calculation. Please check the payment deadline locally.</translation>
    </message>
    <message>
        <source>该亲属</source>
        <translation>this relative</translation>
    </message>
    <message>
        <source>政策库记录本地区不支持“{mode}”这种方式，请换一种方式或向当地医保部门确认。</source>
        <translation>Our policy data shows that this region does not support &quot;{mode}&quot;. Please choose another way, or check with the local medical insurance office.</translation>
    </message>
    <message>
        <source>政策库里没有本地区是否支持“{mode}”的记录。本模拟照常计算，办理前请先向当地医保部门或医保 APP 确认。</source>
        <translation>Our policy data has no record of whether this region supports &quot;{mode}&quot;. This simulation calculates as usual; before you go ahead, please confirm with the local medical insurance office or in the medical insurance app.</translation>
    </message>
    <message>
        <source>本地区个人账户余额只有超过 {threshold} 的部分才能用于家庭共济：现在余额 {balance}，可用 {usable}。</source>
        <translation>In this region only the part of the personal account (个人账户) balance above {threshold} can be used for family mutual aid (家庭共济): balance now {balance}, usable {usable}.</translation>
    </message>
    <message>
        <source>没有余额起点的限制：现在余额 {balance} 全部可以用来代缴。</source>
        <translation>No minimum balance applies: the whole current balance of {balance} can be used to pay for relatives.</translation>
    </message>
    <message>
        <source>征缴期还没开始：{name}最早 {start} 才能缴。</source>
        <translation>The collection period has not started yet: {name} can pay from {start} at the earliest.</translation>
    </message>
    <message>
        <source>先缴后返：亲属先自己缴费，共需准备现金 {cash}；您申请成功后，钱在 {lag} 个月后的那个月返还到银行卡。每笔的状态：已申报 → 申报成功 → 已返还。</source>
        <translation>Pay first, get refunded later (先缴后返): relatives pay first themselves, so you need {cash} in cash in total; once your application succeeds, the money is returned to the bank card {lag} month(s) later. Status of each payment: Filed → Approved → Refunded.</translation>
    </message>
    <message>
        <source>先缴后返：亲属先自己缴费，共需准备现金 {cash}；政策库中没有本地区的返还到账时间，请向当地确认。每笔的状态：已申报 → 申报成功 → 已返还。</source>
        <translation>Pay first, get refunded later (先缴后返): relatives pay first themselves, so you need {cash} in cash in total; our policy data does not say when the local refund arrives, so please check locally. Status of each payment: Filed → Approved → Refunded.</translation>
    </message>
    <message>
        <source>可以查询返还进度；发放失败时（如银行卡信息有误）改正后重新提交即可。</source>
        <translation>You can check the refund progress; if the payout fails (for example, wrong bank card details), just correct it and submit again.</translation>
    </message>
    <message>
        <source>返还申请的截止时间政策库中没有记录，本模拟按缴费期截止日估算，请以当地为准。</source>
        <translation>Our policy data has no deadline for refund applications; this simulation uses the payment deadline as an estimate. Local rules apply.</translation>
    </message>
    <message>
        <source>医保钱包：现在设共济额度 {quota}。额度里的钱只能给亲属用，您自己不能用；解除绑定后，没用完的额度退回您的个人账户。</source>
        <translation>Medical insurance wallet (医保钱包): set a mutual-aid allowance (共济额度) of {quota} now. Money in the allowance can only be used for your relatives, not by you; if you unlink, any unused allowance goes back to your personal account.</translation>
    </message>
    <message>
        <source>{day} 前后（{month} 划入到账后）再加额度 {amount}，给{names}缴费。</source>
        <translation>Around {day} (after the {month} credit arrives), add {amount} more to the allowance to pay for {names}.</translation>
    </message>
    <message>
        <source>用个人账户代缴的费用，部分地区税务部门查不到入库记录，开不出缴费凭证或发票；需要凭证的，请保存医保 APP 里的代缴记录截图。</source>
        <translation>For payments made from the personal account on a relative&apos;s behalf, the tax office in some areas cannot find the record, so it cannot issue a payment certificate or receipt. If you need proof, save a screenshot of the payment record (代缴记录) in the medical insurance app.</translation>
    </message>
    <message>
        <source>代缴后可以申请撤销（如当地医保小程序的“职工个账代缴居民医保费撤销”）；退款一般通过当地医保公众号或小程序实名申请，上传身份证和缴费凭证。具体条件以当地为准。</source>
        <translation>After paying on a relative&apos;s behalf you can apply to cancel it (for example &quot;职工个账代缴居民医保费撤销&quot; in the local medical insurance mini program). Refunds are usually requested under your real name through the local medical insurance official account or mini program, uploading your ID card and payment proof. Exact conditions depend on local rules.</translation>
    </message>
    <message>
        <source>能否撤销代缴、怎样退款，政策库中没有本地区的记录；一般是通过当地医保公众号或小程序实名申请，上传身份证和缴费凭证。请先确认金额和亲属无误再缴。</source>
        <translation>Our policy data has no local record of whether such a payment can be cancelled or how to get a refund. Usually you apply under your real name through the local medical insurance official account or mini program, uploading your ID card and payment proof. Please double-check the amount and the relative before paying.</translation>
    </message>
    <message>
        <source>本地区只能代缴当年的居民医保费，并且要在缴费期内办理。</source>
        <translation>In this region you can only pay the current year&apos;s resident medical insurance (居民医保) for relatives, and only within the payment period.</translation>
    </message>
    <message>
        <source>已计入账户每期要扣的{labels}（共 {total}，截至 {until}）。</source>
        <translation>Already counted: {labels} deducted from the account each period ({total} in total, up to {until}).</translation>
    </message>
    <message>
        <source>{groups}一般不能用个人账户代缴，按当地专门渠道办理（以当地为准）。</source>
        <translation>{groups} usually cannot be paid for from the personal account (个人账户); they go through the local special channel (local rules apply).</translation>
    </message>
    <message>
        <source>新生儿和资助参保人员能否用个人账户代缴，政策库中没有本地区的记录；请按当地新生儿参保或资助参保的办法办理，或向当地医保部门确认。</source>
        <translation>The policy library has no record for this region of whether newborns and people with subsidised enrolment (资助参保) can be paid for from the personal account; follow the local rules for newborn or subsidised enrolment, or ask the local medical insurance office.</translation>
    </message>
    <message>
        <source>{count} 位亲属现在都可以用个人账户代缴，共 {total}；缴完后账户余额 {after}。</source>
        <translation>All {count} relatives can be paid for from the personal account now, {total} in total; the account balance afterwards will be {after}.</translation>
    </message>
    <message>
        <source>{name}现在可以用个人账户代缴 {total}；缴完后账户余额 {after}。</source>
        <translation>{name} can be paid for from the personal account now: {total}; the account balance afterwards will be {after}.</translation>
    </message>
    <message>
        <source>现在可以代缴：{names}，共 {total}；缴完后账户余额 {after}。</source>
        <translation>Can be paid now: {names}, {total} in total; the account balance afterwards will be {after}.</translation>
    </message>
    <message>
        <source>现在可用余额 {usable}，还不够给任何一位亲属代缴。</source>
        <translation>The usable balance now is {usable}, not enough to pay for any relative yet.</translation>
    </message>
    <message>
        <source>{name}：{month} 的划入到账后可以代缴（约 {day}），早于截止日 {deadline}。</source>
        <translation>{name}: can be paid after the {month} credit arrives (around {day}), before the deadline {deadline}.</translation>
    </message>
    <message>
        <source>{name}：{month} 的划入到账后可以代缴（约 {day}）。</source>
        <translation>{name}: can be paid after the {month} credit arrives (around {day}).</translation>
    </message>
    <message>
        <source>{name}：征缴期开始（{day}）后可以代缴，截止日 {deadline}。</source>
        <translation>{name}: can be paid once the collection period starts ({day}); deadline {deadline}.</translation>
    </message>
    <message>
        <source>{name}：截止日 {deadline} 前余额不够，需要自己准备 {amount}。</source>
        <translation>{name}: the balance is not enough before the deadline {deadline}; you need to prepare {amount} yourselves.</translation>
    </message>
    <message>
        <source>{name}：截止日 {deadline} 前余额不够（按预计要到 {month} 的划入后才够），需要自己准备 {amount}。</source>
        <translation>{name}: the balance is not enough before the deadline {deadline} (expected to be enough only after the {month} credit); you need to prepare {amount} yourselves.</translation>
    </message>
    <message>
        <source>{name}：不能用个人账户代缴，需要自己缴 {amount}。</source>
        <translation>{name}: cannot be paid for from the personal account; they need to pay {amount} themselves.</translation>
    </message>
    <message>
        <source>个人账户之外，全家还需要准备 {cash}。</source>
        <translation>Besides the personal account, the family needs to prepare {cash}.</translation>
    </message>
    <message>
        <source>按预计的划入，{day} 前后所有亲属都能缴上，赶得上截止日 {deadline}。</source>
        <translation>Based on the expected credits, all relatives can be paid for around {day}, in time for the deadline {deadline}.</translation>
    </message>
    <message>
        <source>扣缴</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <source>为{name}代缴 {year} 年度居民医保 {amount}（{when}；截止 {deadline}）</source>
        <extracomment>checklist id in ``resources/checklists/proxy_payment.toml`` section of the per-relative payment items: they follow the checklist&apos;s own steps</extracomment>
        <translation>Pay {amount} for {name}&apos;s {year} resident medical insurance (代缴) ({when}; deadline {deadline})</translation>
    </message>
    <message>
        <source>用医保钱包共济额度为{name}缴 {year} 年度居民医保 {amount}（{when}；截止 {deadline}）</source>
        <translation>Pay {amount} for {name}&apos;s {year} resident medical insurance with the wallet allowance (医保钱包) ({when}; deadline {deadline})</translation>
    </message>
    <message>
        <source>{name}自己缴 {year} 年度居民医保 {amount}（截止 {deadline}）</source>
        <translation>{name} pays {amount} for {year} resident medical insurance themselves (deadline {deadline})</translation>
    </message>
    <message>
        <source>{name}先自己缴 {year} 年度居民医保 {amount}，保存缴费凭证（截止 {deadline}）</source>
        <translation>{name} first pays {amount} for {year} resident medical insurance themselves and keeps the receipt (deadline {deadline})</translation>
    </message>
    <message>
        <source>为{name}申请从个人账户返还 {amount}（{when}）——已申报</source>
        <translation>Apply to have {amount} returned to {name} from the personal account ({when}) — Filed</translation>
    </message>
    <message>
        <source>{name}的返还申报成功</source>
        <translation>{name}&apos;s refund application approved</translation>
    </message>
    <message>
        <source>{name}的 {amount} 已返还到银行卡（预计 {month}）</source>
        <translation>{name}&apos;s {amount} returned to the bank card (expected {month})</translation>
    </message>
    <message>
        <source>现在就可以</source>
        <translation>right now</translation>
    </message>
    <message>
        <source>{month} 划入到账后，约 {day}</source>
        <translation>after the {month} credit arrives, around {day}</translation>
    </message>
    <message>
        <source>征缴期开始后，{day} 起</source>
        <translation>once the collection period starts, from {day}</translation>
    </message>
    <message>
        <source>如果显示“失败”，按提示修改（如银行卡信息）后重新提交，再回来勾选。</source>
        <translation>If it shows &quot;failed&quot; (失败), correct what it says (for example, bank card details), submit again, then come back and tick this.</translation>
    </message>
    <message>
        <source>{year} 年度居民医保缴费截止（{names}）</source>
        <translation>{year} resident medical insurance payment deadline ({names})</translation>
    </message>
    <message>
        <source>{month} 划入到账后为{name}代缴</source>
        <translation>Pay for {name} after the {month} credit arrives</translation>
    </message>
    <message>
        <source>查询{name}的返还是否到账</source>
        <translation>Check whether {name}&apos;s refund has arrived</translation>
    </message>
    <message>
        <source>代缴 {year} 年度居民医保（{names}）</source>
        <translation>Pay {year} resident medical insurance for relatives ({names})</translation>
    </message>
    <message>
        <source>以当地为准</source>
        <translation>Local rules apply</translation>
    </message>
    <message>
        <source>{names} 等 {count} 人</source>
        <translation>{names} and others ({count} people)</translation>
    </message>
    <message>
        <source>参保人去世，继承人领取余额</source>
        <extracomment>参保人死亡，继承人领取余额（继承）</extracomment>
        <translation>Insured person died; heirs claim the balance</translation>
    </message>
    <message>
        <source>出国（境）定居</source>
        <extracomment>出国（境）定居</extracomment>
        <translation>Settling abroad</translation>
    </message>
    <message>
        <source>离开参保地，个人账户转不走</source>
        <extracomment>离开统筹区且个人账户无法转移</extracomment>
        <translation>Leaving the insured region; personal account cannot be transferred</translation>
    </message>
    <message>
        <source>异地安置，参保地一次性支付</source>
        <extracomment>异地安置，参保地一次性支付</extracomment>
        <translation>Resettled elsewhere; one-off payment from home region</translation>
    </message>
    <message>
        <source>重复参保：居民参加了职工医保，退居民医保费</source>
        <extracomment>居民参加职工医保，退居民医保个人缴费</extracomment>
        <translation>Enrolled twice: joined employee insurance while in resident insurance; refund of resident contribution</translation>
    </message>
    <message>
        <source>撤销个人账户代缴（退回代缴的钱）</source>
        <extracomment>撤销（退回）个人账户代缴</extracomment>
        <translation>Cancel a personal-account payment for a relative (get the money back)</translation>
    </message>
    <message>
        <source>先缴后返没有到账，更正后重新提交</source>
        <extracomment>先缴后返发放失败，更正后重报</extracomment>
        <translation>Pay-first refund not received; correct and resubmit</translation>
    </message>
    <message>
        <source>职工医保参保人去世后，个人账户余额可以由继承人依法继承、一次性领取。</source>
        <translation>After a member of employee medical insurance (职工医保) dies, the personal account (个人账户) balance can be inherited by the heirs under the law and claimed in one lump sum.</translation>
    </message>
    <message>
        <source>参保人出国或到境外定居、终止参保后，个人账户余额可以一次性支取。</source>
        <translation>After the insured person moves abroad (or outside the mainland) to settle and their insurance ends, the personal account (个人账户) balance can be withdrawn in one lump sum.</translation>
    </message>
    <message>
        <source>离开原参保地（统筹区），个人账户无法随医保关系转到新参保地时，有的地方一次性支付余额。</source>
        <translation>When you leave your original insured region (统筹区) and the personal account cannot move with your insurance to the new place, some areas pay out the balance in one lump sum.</translation>
    </message>
    <message>
        <source>退休后到外地安置（异地安置），部分地区把个人账户余额一次性支付给本人。</source>
        <translation>After retiring and resettling in another place (异地安置), some areas pay the personal account balance to the person in one lump sum.</translation>
    </message>
    <message>
        <source>已经缴了居民医保，后来又参加了职工医保。在居民医保待遇期开始前参加职工医保的，不少地方可以停保并退还居民医保个人缴费（以当地规定为准）。</source>
        <translation>You already paid resident medical insurance (居民医保) and later joined employee medical insurance (职工医保). If you joined employee insurance before the resident insurance coverage period starts, many places let you stop the resident insurance and get your personal resident contribution back (the local rules decide).</translation>
    </message>
    <message>
        <source>用职工个人账户给亲属代缴了居民医保费，想撤销这笔代缴、把钱退回来。</source>
        <translation>You paid a relative&apos;s resident medical insurance from your employee personal account (个人账户) and want to cancel that payment and get the money back.</translation>
    </message>
    <message>
        <source>亲属先自己缴了居民医保费，职工申请从个人账户返还（先缴后返），但钱没有发到银行卡，需要更正信息后重新提交。</source>
        <translation>The relative paid resident medical insurance first, and the employee applied for a refund from the personal account (先缴后返), but the money did not reach the bank card; the details need correcting and the application needs resubmitting.</translation>
    </message>
    <message>
        <source>参保人本人</source>
        <translation>Insured person</translation>
    </message>
    <message>
        <source>单位经办人</source>
        <translation>Employer&apos;s staff</translation>
    </message>
    <message>
        <source>继承人</source>
        <translation>Heir</translation>
    </message>
    <message>
        <source>受委托的代办人</source>
        <translation>Authorised agent</translation>
    </message>
    <message>
        <source>其他继承人</source>
        <extracomment>公证继承证明</extracomment>
        <translation>Other heir</translation>
    </message>
    <message>
        <source>可以申请</source>
        <translation>Can apply</translation>
    </message>
    <message>
        <source>符合条件，但还没到可以申请的时间</source>
        <translation>Eligible, but not yet time to apply</translation>
    </message>
    <message>
        <source>可能可以，需要先向当地医保部门确认</source>
        <translation>Possibly; check with the local medical insurance office first</translation>
    </message>
    <message>
        <source>不符合条件</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>按缴费记录推算的余额</source>
        <extracomment>the balance from the contribution history</extracomment>
        <translation>Balance estimated from contribution records</translation>
    </message>
    <message>
        <source>您填写的金额</source>
        <extracomment>typed by the user</extracomment>
        <translation>Amount you entered</translation>
    </message>
    <message>
        <source>按政策库缴费标准估算</source>
        <extracomment>the contribution standard in the policy book (an estimate)</extracomment>
        <translation>Estimated from the contribution rates in our policy data</translation>
    </message>
    <message>
        <source>金额未知</source>
        <translation>Amount unknown</translation>
    </message>
    <message>
        <source>{verdict}：{date} 起可以申请</source>
        <translation>{verdict}: can apply from {date}</translation>
    </message>
    <message>
        <source>建议：{text}</source>
        <translation>Suggestion: {text}</translation>
    </message>
    <message>
        <source>预计金额：{text}</source>
        <translation>Expected amount: {text}</translation>
    </message>
    <message>
        <source>到账时间：{text}</source>
        <translation>When the money arrives: {text}</translation>
    </message>
    <message>
        <source>（依据：{title}；{confidence}）</source>
        <translation>(Based on: {title}; {confidence})</translation>
    </message>
    <message>
        <source>（依据：您的本地修改）</source>
        <translation>(Based on: your own local changes)</translation>
    </message>
    <message>
        <source>请填写参保终止的日期（去世、出境定居或停保的日期）</source>
        <translation>Please enter the date the insurance ended (date of death, of settling abroad, or of stopping the insurance)</translation>
    </message>
    <message>
        <source>去世日期不能晚于今天（{today}）</source>
        <translation>The date of death cannot be later than today ({today})</translation>
    </message>
    <message>
        <source>日期不能早于 {year} 年，请检查</source>
        <translation>The date cannot be before {year}; please check</translation>
    </message>
    <message>
        <source>请填写参加职工医保的日期</source>
        <translation>Please enter the date you joined employee medical insurance</translation>
    </message>
    <message>
        <source>请填写已缴居民医保费的待遇年度</source>
        <translation>Please enter the coverage year of the resident medical insurance you paid for</translation>
    </message>
    <message>
        <source>参加职工医保的日期离 {year} 年度太远，请检查年度或日期</source>
        <translation>The date you joined employee medical insurance is too far from the {year} coverage year; please check the year or the date</translation>
    </message>
    <message>
        <source>请选择继承人与去世者的关系</source>
        <translation>Please choose the heir&apos;s relationship to the deceased</translation>
    </message>
    <message>
        <source>个人账户的钱一般不能提现，只有政策规定的几种情形可以一次性支取。</source>
        <translation>Money in the personal account (个人账户) usually cannot be taken out as cash; only in a few cases set by policy can it be withdrawn in one lump sum.</translation>
    </message>
    <message>
        <source>当地规定个人账户余额可以提现。</source>
        <translation>Local rules allow the personal account balance to be withdrawn as cash.</translation>
    </message>
    <message>
        <source>按{region}的规定，“{case}”可以一次性支取个人账户余额。</source>
        <translation>Under the rules of {region}, in the case &quot;{case}&quot; the personal account balance can be withdrawn in one lump sum.</translation>
    </message>
    <message>
        <source>政策库只写了“{case}”：只有部分地区可以，{place}是否可以要向当地确认。</source>
        <translation>Our policy data only says &quot;{case}&quot;: only some areas allow it, so please check locally whether {place} does.</translation>
    </message>
    <message>
        <source>按{region}的规定，可以一次性支取的情形是：{cases}。“{scenario}”不在其中。</source>
        <translation>Under the rules of {region}, a lump-sum withdrawal is allowed in these cases: {cases}. &quot;{scenario}&quot; is not one of them.</translation>
    </message>
    <message>
        <source>政策库中没有{place}可以一次性支取个人账户的情形，请向当地医保部门确认。</source>
        <translation>Our policy data has no cases in which {place} allows a lump-sum withdrawal from the personal account; please check with the local medical insurance office.</translation>
    </message>
    <message>
        <source>按{region}的规定，个人账户余额可以依法继承。</source>
        <translation>Under the rules of {region}, the personal account balance can be inherited under the law.</translation>
    </message>
    <message>
        <source>按{region}的规定，个人账户余额不能继承。</source>
        <translation>Under the rules of {region}, the personal account balance cannot be inherited.</translation>
    </message>
    <message>
        <source>政策库中没有{place}个人账户能否继承的规定，请向当地医保部门确认。</source>
        <translation>Our policy data has no rule on whether personal accounts can be inherited in {place}; please check with the local medical insurance office.</translation>
    </message>
    <message>
        <source>“{scheme}”没有个人账户，没有余额可以支取或继承。</source>
        <translation>&quot;{scheme}&quot; has no personal account, so there is no balance to withdraw or inherit.</translation>
    </message>
    <message>
        <source>“{scheme}”有个人账户，余额可以按规定支取。</source>
        <translation>&quot;{scheme}&quot; has a personal account; the balance can be withdrawn according to the rules.</translation>
    </message>
    <message>
        <source>{applicant}可以办理“{scenario}”。</source>
        <translation>{applicant} can handle &quot;{scenario}&quot;.</translation>
    </message>
    <message>
        <source>“{scenario}”不能由{applicant}办理，可以由{allowed}办理。</source>
        <translation>&quot;{scenario}&quot; cannot be handled by {applicant}; it can be handled by {allowed}.</translation>
    </message>
    <message>
        <source>您说个人账户可以转到新参保地。能转移的，余额随医保关系转移接续到新参保地，不一次性支取。</source>
        <translation>You said the personal account can be transferred to the new insured place. If it can, the balance moves there with your insurance transfer (转移接续) and is not paid out in a lump sum.</translation>
    </message>
    <message>
        <source>您说个人账户转不到新参保地，这正是可以一次性支取的情形。</source>
        <translation>You said the personal account cannot be transferred to the new insured place; that is exactly a case where a lump-sum withdrawal is possible.</translation>
    </message>
    <message>
        <source>还不清楚个人账户能否转到新参保地。能转移的一般随医保关系转移，不一次性支取；请先问清新参保地。</source>
        <translation>It is not yet clear whether the personal account can be transferred to the new insured place. If it can, it usually moves with your insurance and is not paid out in a lump sum; please ask the new place first.</translation>
    </message>
    <message>
        <source>按{region}的规定，终止参保满 {months} 个月后才能申请：参保在 {termination} 终止，{earliest} 起可以申请。</source>
        <translation>Under the rules of {region}, you can apply only {months} months after the insurance ends: it ends on {termination}, so you can apply from {earliest}.</translation>
    </message>
    <message>
        <source>按{region}的规定，终止参保满 {months} 个月后才能申请：参保在 {termination} 终止，从 {earliest} 起已经可以申请。</source>
        <translation>Under the rules of {region}, you can apply only {months} months after the insurance ends: it ended on {termination}, and you have been able to apply since {earliest}.</translation>
    </message>
    <message>
        <source>政策库中没有{place}终止参保后要等多久才能申请的规定；参保在 {termination} 终止，一般终止后即可申请，以当地为准。</source>
        <translation>Our policy data has no rule on how long you must wait in {place} after the insurance ends; it ends on {termination}. Usually you can apply right after it ends; local rules apply.</translation>
    </message>
    <message>
        <source>参保要到 {termination} 才终止，终止以后才能申请一次性支取。</source>
        <translation>The insurance only ends on {termination}; you can apply for the lump-sum withdrawal after it has ended.</translation>
    </message>
    <message>
        <source>参保关系终止（停保、减员）以后才能申请一次性支取。</source>
        <translation>You can apply for the lump-sum withdrawal only after the insurance has ended (stopped, or removed from the employer&apos;s list (减员)).</translation>
    </message>
    <message>
        <source>按{region}的规定，{year} 年度居民医保的待遇期从 {start} 开始。</source>
        <translation>Under the rules of {region}, the {year} resident medical insurance coverage period starts on {start}.</translation>
    </message>
    <message>
        <source>政策库中没有{place}居民医保待遇期的开始月份，按通常做法从 {start} 开始计算。</source>
        <translation>Our policy data has no start month for the resident medical insurance coverage period in {place}; the usual start, {start}, is used.</translation>
    </message>
    <message>
        <source>您在 {enrolled} 参加职工医保，早于 {year} 年度居民医保待遇期开始（{start}）。</source>
        <translation>You joined employee medical insurance on {enrolled}, before the {year} resident medical insurance coverage period started ({start}).</translation>
    </message>
    <message>
        <source>您在 {enrolled} 参加职工医保，这时 {year} 年度居民医保的待遇期（{start} 开始）已经开始了。</source>
        <translation>You joined employee medical insurance on {enrolled}, when the {year} resident medical insurance coverage period (starting {start}) had already begun.</translation>
    </message>
    <message>
        <source>按{region}的规定，这种情况可以停止居民医保，退还 {year} 年度的居民医保个人缴费。</source>
        <translation>Under the rules of {region}, in this case you can stop resident medical insurance and get back your personal contribution for {year}.</translation>
    </message>
    <message>
        <source>按{region}的规定，这种情况 {year} 年度的居民医保个人缴费不予退还。</source>
        <translation>Under the rules of {region}, in this case the personal resident medical insurance contribution for {year} is not refunded.</translation>
    </message>
    <message>
        <source>政策库中没有{place}这种情况能否退费的规定，请向当地医保部门确认。</source>
        <translation>Our policy data has no rule on whether {place} gives a refund in this case; please check with the local medical insurance office.</translation>
    </message>
    <message>
        <source>按{region}的规定，个人账户代缴可以申请撤销（退款）。</source>
        <translation>Under the rules of {region}, you can apply to cancel (get a refund of) a payment made for a relative from the personal account (代缴).</translation>
    </message>
    <message>
        <source>按{region}的规定，个人账户代缴后不能撤销。</source>
        <translation>Under the rules of {region}, a payment made for a relative from the personal account cannot be cancelled.</translation>
    </message>
    <message>
        <source>政策库中没有{place}个人账户代缴能否撤销的规定，请向当地医保部门确认。</source>
        <translation>Our policy data has no rule on whether {place} allows cancelling a payment made for a relative from the personal account; please check with the local medical insurance office.</translation>
    </message>
    <message>
        <source>代缴的钱是从职工个人账户付出的，撤销后一般退回个人账户，而不是发到银行卡（个人账户一般不能提现）。</source>
        <translation>The money was paid from the employee&apos;s personal account, so after cancelling it usually goes back to the personal account, not to a bank card (money in the personal account usually cannot be taken out as cash).</translation>
    </message>
    <message>
        <source>按{region}的规定，有“先缴后返”：亲属先缴费，职工申请后从个人账户返还到银行卡。</source>
        <translation>Under the rules of {region}, &quot;pay first, get refunded later&quot; (先缴后返) is available: the relative pays first, and after the employee applies, the money is returned from the personal account to a bank card.</translation>
    </message>
    <message>
        <source>按{region}的规定，没有“先缴后返”这种代缴方式。</source>
        <translation>Under the rules of {region}, &quot;pay first, get refunded later&quot; (先缴后返) is not available.</translation>
    </message>
    <message>
        <source>政策库中没有{place}是否有“先缴后返”的规定，请向当地医保部门确认。</source>
        <translation>Our policy data has no rule on whether {place} offers &quot;pay first, get refunded later&quot; (先缴后返); please check with the local medical insurance office.</translation>
    </message>
    <message>
        <source>按{region}的规定，可以查询返还进度；发放失败的，可以更正信息后重新提交。</source>
        <translation>Under the rules of {region}, you can check the refund progress; if the payout fails, you can correct the details and submit again.</translation>
    </message>
    <message>
        <source>按{region}的规定，返还失败后不能重新提交。</source>
        <translation>Under the rules of {region}, a failed refund cannot be resubmitted.</translation>
    </message>
    <message>
        <source>政策库中没有{place}返还失败后能否重新提交的规定，请向当地医保部门确认。</source>
        <translation>Our policy data has no rule on whether {place} allows resubmitting after a failed refund; please check with the local medical insurance office.</translation>
    </message>
    <message>
        <source>打电话或到参保地医保经办机构窗口问清楚能不能办、要带什么，再去办理。</source>
        <translation>Call or visit the counter of the medical insurance office where the person is insured, ask whether this can be done and what to bring, then go and apply.</translation>
    </message>
    <message>
        <source>参保人已去世，请由继承人（或继承人委托的代办人、原单位）办理。</source>
        <translation>The insured person has died; the heir (or an agent authorised by the heir, or the former employer) should apply.</translation>
    </message>
    <message>
        <source>请由参保人本人办理，或本人委托代办人办理。</source>
        <translation>The insured person should apply in person, or authorise an agent to apply.</translation>
    </message>
    <message>
        <source>这是个人自己缴的钱，单位不能代办；请由本人或本人委托的代办人办理。</source>
        <translation>This is money the person paid themselves, so the employer cannot apply for it; the person or their authorised agent should apply.</translation>
    </message>
    <message>
        <source>在新参保地参保后，办理医保关系转移接续，个人账户余额随之转入，继续用于看病买药。</source>
        <translation>After enrolling in the new place, transfer your insurance there (转移接续); the personal account balance moves with it and can still be used for medical care and medicine.</translation>
    </message>
    <message>
        <source>余额不会清零，会一直结转；可以继续用于看病买药，或通过家庭共济给家人用。</source>
        <translation>The balance is not cleared; it keeps carrying over. You can keep using it for medical care and medicine, or let family use it through family mutual aid (家庭共济).</translation>
    </message>
    <message>
        <source>如果是居民医保和职工医保重复缴费，请选择“重复参保”这一项。</source>
        <translation>If you paid for both resident and employee medical insurance, choose the &quot;Enrolled twice&quot; option.</translation>
    </message>
    <message>
        <source>以后只缴职工医保即可，不要再缴 {next} 年度的居民医保费；如果已经缴了，在 {next_start} 之前申请，那一年的费用一般可以退。</source>
        <translation>From now on you only need to pay employee medical insurance; do not pay resident medical insurance for {next}. If you already have, apply before {next_start} and that year&apos;s contribution can usually be refunded.</translation>
    </message>
    <message>
        <source>现在先把材料准备齐，{earliest} 以后再去申请。保存为事项后，这个日期会列在概览页，软件开着时会提前通知；在“我的事项”里点“加入日历…”，手机或电脑的日历也会到时提醒。</source>
        <translation>Get the documents ready now and apply after {earliest}. Once saved as a case, this date appears on the Overview page and the app reminds you in advance while it is open; click &quot;Add to calendar…&quot; in &quot;My cases&quot; and your phone or computer calendar will remind you too.</translation>
    </message>
    <message>
        <source>先办理停保（单位职工由单位办理减员），参保终止以后再申请。</source>
        <translation>First stop the insurance (for employees, the employer removes you from its list (减员)), then apply once the insurance has ended.</translation>
    </message>
    <message>
        <source>带上身份证和正确的银行卡，到参保地医保经办机构窗口问清楚如何更正。</source>
        <translation>Take your ID card and the correct bank card to the counter of the medical insurance office where you are insured, and ask how to correct it.</translation>
    </message>
    <message>
        <source>按{region}的规定，申请成功后隔 {lag} 个月发放。按 {applied} 重新提交、审核通过计算，预计 {month} 发到银行卡。</source>
        <translation>Under the rules of {region}, the money is paid {lag} month(s) after the application is approved. Assuming you resubmit on {applied} and it is approved, it should reach the bank card in {month}.</translation>
    </message>
    <message>
        <source>按{region}的规定，申请成功的次月发放。按 {applied} 重新提交、审核通过计算，预计 {month} 发到银行卡。</source>
        <translation>Under the rules of {region}, the money is paid in the month after the application is approved. Assuming you resubmit on {applied} and it is approved, it should reach the bank card in {month}.</translation>
    </message>
    <message>
        <source>政策库中没有{place}“{scenario}”可以由谁办理的规定，请向当地医保部门确认。</source>
        <translation>Our policy data has no rule on who may apply for “{scenario}” in {place}; please check with the local medical insurance office.</translation>
    </message>
    <message>
        <source>您以前在“政策参数”里修改过“{old}”。这一项现在不再用来判断，您的修改不起作用了；软件改按“{new}”判断。如果当地的规定和软件里的不一样，请在“政策参数”页面修改“{new}”；原来那条修改可以选中后点“恢复原值”删掉。</source>
        <translation>Earlier you changed “{old}” on the Policy figures page. That item is no longer used to decide, so your change has no effect; the app now decides by “{new}”. If the local rules differ from the app&apos;s, change “{new}” on the Policy figures page; to remove your old change, select it there and click “Restore original”.</translation>
    </message>
    <message>
        <source>个人账户余额约 {amount}（{basis}）；实际金额以经办机构核定为准。</source>
        <translation>Personal account balance about {amount} ({basis}); the actual amount is what the medical insurance office confirms.</translation>
    </message>
    <message>
        <source>个人账户余额约 {amount}（{basis}）；实际金额以经办机构核定为准。单位办理的，钱可能先付到单位账户，请约定好何时转给本人或继承人。</source>
        <translation>Personal account balance about {amount} ({basis}); the actual amount is what the medical insurance office confirms. If the employer applies, the money may first be paid to the employer&apos;s account; agree on when it will be passed on to the person or the heirs.</translation>
    </message>
    <message>
        <source>不知道余额：可以在国家医保服务平台 APP 或当地医保公众号查询个人账户余额，实际金额以经办机构核定为准。</source>
        <translation>Balance unknown: you can check the personal account balance in the National Healthcare Security Service Platform app (国家医保服务平台 APP) or the local medical insurance official account; the actual amount is what the medical insurance office confirms.</translation>
    </message>
    <message>
        <source>退还 {year} 年度居民医保个人缴费 {amount}（{basis}）。</source>
        <translation>Refund of the personal resident medical insurance contribution for {year}: {amount} ({basis}).</translation>
    </message>
    <message>
        <source>退还 {year} 年度居民医保个人缴费，按国家最低标准约 {amount}；实际以缴费凭证上的金额为准。</source>
        <translation>Refund of the personal resident medical insurance contribution for {year}: about {amount} at the national minimum rate; the actual amount is what the payment receipt shows.</translation>
    </message>
    <message>
        <source>退还 {year} 年度居民医保个人缴费，金额以缴费凭证为准。</source>
        <translation>Refund of the personal resident medical insurance contribution for {year}; the amount is what the payment receipt shows.</translation>
    </message>
    <message>
        <source>按现在的情况，不会有退款。</source>
        <translation>As things stand, there will be no refund.</translation>
    </message>
    <message>
        <source>代缴的金额 {amount}（{basis}）。</source>
        <translation>Amount paid for the relative: {amount} ({basis}).</translation>
    </message>
    <message>
        <source>金额以代缴记录或缴费凭证为准。</source>
        <translation>The amount is what the payment record or receipt shows.</translation>
    </message>
    <message>
        <source>当地没有公布到账时间（政策库中没有这一项）。递交申请时请问清楚多久到账，记在本事项的备注里。</source>
        <translation>The local office has not published when the money arrives (not in our policy data). When you apply, ask how long it takes and write it in this case&apos;s notes.</translation>
    </message>
    <message>
        <source>撤销成功后退回个人账户；到账时间当地没有公布，可在医保 APP 中查看个人账户明细。</source>
        <translation>Once cancelled, the money goes back to the personal account; the local office has not published when. You can check the personal account details in the medical insurance app.</translation>
    </message>
    <message>
        <source>不符合条件，不会有退款。</source>
        <translation>Not eligible; there will be no refund.</translation>
    </message>
    <message>
        <source>可以去申请了（终止参保满 {months} 个月）</source>
        <translation>You can apply now ({months} months since the insurance ended)</translation>
    </message>
    <message>
        <source>递交申请</source>
        <translation>Submit the application</translation>
    </message>
    <message>
        <source>查看返还是否已经到账</source>
        <translation>Check whether the refund has arrived</translation>
    </message>
    <message>
        <source>不要再缴 {next} 年度居民医保费（如已缴，在此之前申请退）</source>
        <translation>Do not pay resident medical insurance for {next} (if already paid, apply for a refund before then)</translation>
    </message>
    <message>
        <source>全国通行</source>
        <translation>Nationwide</translation>
    </message>
    <message>
        <source>当地</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>请按“1986-03-01”或“19860301”的格式填写日期</source>
        <extracomment>eight digits: yyyymmdd the longest text worth reading as a date (anything longer is not one)</extracomment>
        <translation>Please enter the date as &quot;1986-03-01&quot; or &quot;19860301&quot;</translation>
    </message>
    <message>
        <source>没有 {year} 年 {month} 月 {day} 日这一天</source>
        <translation>There is no such date as {year}-{month}-{day}</translation>
    </message>
    <message>
        <source>日期不能早于 {day}</source>
        <translation>The date cannot be earlier than {day}</translation>
    </message>
    <message>
        <source>日期不能晚于 {day}</source>
        <translation>The date cannot be later than {day}</translation>
    </message>
    <message>
        <source>待核验</source>
        <extracomment>how long a check stays good the mark shown next to a stale value</extracomment>
        <translation>To be verified</translation>
    </message>
    <message>
        <source>上次核验是 {checked_on}，已超过12个月，请以当地最新公布为准</source>
        <translation>Last verified on {checked_on}, more than 12 months ago; the latest local announcement applies</translation>
    </message>
    <message>
        <source>政策库里这个数只到 {last_year} 年度，{year} 年度的还没有收录，请核对当地最新标准</source>
        <translation>Our policy data only has this figure up to {last_year}; {year} is not included yet. Please check the latest local rate</translation>
    </message>
    <message>
        <source>当地按人群的标准</source>
        <translation>Local rate by group</translation>
    </message>
    <message>
        <source>当地统一标准</source>
        <translation>Local standard rate</translation>
    </message>
    <message>
        <source>全国最低标准</source>
        <translation>National minimum rate</translation>
    </message>
    <message>
        <source>政策库里没有</source>
        <translation>Not in our policy data</translation>
    </message>
    <message>
        <source>这里有一个残缺的字符（常见于复制粘贴生僻字或表情符号时只粘贴了一半），无法保存。请删掉它后重新输入</source>
        <translation>There is a broken character here (this often happens when only half of a rare character or emoji was copied and pasted), so it cannot be saved. Please delete it and type it again</translation>
    </message>
    <message>
        <source>{label}（{case}）</source>
        <translation>{label} ({case})</translation>
    </message>
    <message>
        <source>按“我的事项”里的代缴清单办这一步（医保 APP、税务渠道或经办机构）；办完后勾选这个期限。</source>
        <translation>Do this step using the payment list in &quot;My cases&quot; (medical insurance app, tax channels or the medical insurance office); tick this deadline when done.</translation>
    </message>
    <message>
        <source>按“我的事项”里的清单备齐材料，在这天之前到参保地医保经办机构或医保 APP 办理；办完后勾选这个期限。</source>
        <translation>Gather the documents on the list in &quot;My cases&quot; and apply at the medical insurance office where you are insured, or in the medical insurance app, before this date; tick this deadline when done.</translation>
    </message>
    <message>
        <source>按“我的事项”里的清单带齐材料去办理；办完后勾选这个期限。</source>
        <translation>Take the documents on the list in &quot;My cases&quot; and go and apply; tick this deadline when done.</translation>
    </message>
    <message>
        <source>{name}的{year}年度居民医保缴费截止</source>
        <translation>{name}&apos;s {year} resident medical insurance payment deadline</translation>
    </message>
    <message>
        <source>在 {due} 之前为{name}缴纳{year}年度城乡居民医保（医保 APP、税务 APP 或社区）；也可以用职工的个人账户代缴。</source>
        <translation>Before {due}, pay {name}&apos;s {year} urban and rural resident medical insurance (城乡居民医保) (medical insurance app, tax app or your local community office); you can also pay it from the employee&apos;s personal account (代缴).</translation>
    </message>
    <message>
        <source>在 {due} 之前为{name}缴纳{year}年度城乡居民医保（医保 APP、税务 APP 或社区）。这是通常的截止月份，当地公布的日期可能不同，请以当地医保部门公布为准。</source>
        <translation>Before {due}, pay {name}&apos;s {year} urban and rural resident medical insurance (城乡居民医保) (medical insurance app, tax app or your local community office). This is the usual deadline month; the locally published date may differ, so follow what the local medical insurance office announces.</translation>
    </message>
    <message>
        <source>错过征缴期再参保，要等待 {months} 个月才能报销（{document}）。</source>
        <extracomment>{document}: the 文号 (or title) of the waiting rule&apos;s source in the policy book</extracomment>
        <translation>If you enrol after missing the collection period (征缴期), you must wait {months} months before medical costs are covered ({document}).</translation>
    </message>
    <message>
        <source>错过征缴期再参保，要等待 {months} 个月才能报销。</source>
        <extracomment>the same when the waiting rule is the user&apos;s own value (no document behind it)</extracomment>
        <translation>If you enrol after missing the collection period (征缴期), you must wait {months} months before medical costs are covered.</translation>
    </message>
    <message>
        <source>{name}已断缴 {years} 年：按期缴纳后也要等待 {now_months} 个月才能报销；错过征缴期要等待 {months} 个月。每多缴一年的费用可少等 {repair} 个月。</source>
        <extracomment>{repair}: ``waiting.resident.repair_months_per_paid_year`` (the book&apos;s months per paid year)</extracomment>
        <translation>{name} has had a gap in coverage of {years} year(s): even paying on time, there is a {now_months}-month wait before medical costs are covered; missing the collection period means a {months}-month wait. Each extra year of contributions paid shortens the waiting period (待遇等待期) by {repair} months.</translation>
    </message>
    <message>
        <source>{name}已断缴 {years} 年：按期缴纳后也要等待 {now_months} 个月才能报销；错过征缴期要等待 {months} 个月。</source>
        <extracomment>the same where the book has no repair rule for the region</extracomment>
        <translation>{name} has had a gap in coverage of {years} year(s): even paying on time, there is a {now_months}-month wait before medical costs are covered; missing the collection period means a {months}-month wait.</translation>
    </message>
    <message>
        <source>{name}的{year}年度灵活就业续保缴费截止</source>
        <translation>{name}&apos;s {year} flexible employment (灵活就业) renewal payment deadline</translation>
    </message>
    <message>
        <source>在 {due} 之前为{name}办理{year}年度灵活就业医保续保缴费（{start} 起可办）。</source>
        <translation>Before {due}, renew {name}&apos;s {year} flexible employment (灵活就业) medical insurance by paying the contribution (possible from {start}).</translation>
    </message>
    <message>
        <source>逾期视为中断参保；之后要连续缴费满 {months} 个月才恢复报销。</source>
        <translation>Paying late counts as a break in coverage; after that, {months} months of payments in a row are needed before medical costs are covered again.</translation>
    </message>
    <message>
        <source>逾期视为中断参保。</source>
        <translation>Paying late counts as a break in coverage.</translation>
    </message>
    <message>
        <source>待遇年度应在 {low} 至 {high} 之间</source>
        <extracomment>how many years after today&apos;s year may be named</extracomment>
        <translation>The coverage year must be between {low} and {high}</translation>
    </message>
    <message>
        <source>缴费日期不能晚于今天（{today}）</source>
        <extracomment>the largest amount of one record, in fen (¥100,000,000.00) 备注 and 来源 lengths (the columns&apos; sizes) bytes of a CSV or XLSX file rows (including the header and blank ones) and columns of a table; a household&apos;s whole history is some thousands of rows, bench/history.py imports 100,000 cells of a table in all (a 120,000-row statement of 14 columns has 1,680,000) characters in one cell (Excel&apos;s own limit, so every real spreadsheet cell fits) the unpacked size of all parts of an XLSX package the unpacked size of its shared strings (a 10,000-row statement has well under 1 MB) XML tags (``&lt;``) in the worksheets and the shared strings, counted once per sheet that shows them (openpyxl reads a worksheet&apos;s part for each sheet pointing at it) XML tags in every other part (styles, workbook, relationships …: slower to read)</extracomment>
        <translation>The payment date cannot be later than today ({today})</translation>
    </message>
    <message>
        <source>文件太大（超过 {max} MB），请分成几个文件导入</source>
        <translation>The file is too large (over {max} MB); please split it into several files to import</translation>
    </message>
    <message>
        <source>文件行数太多（超过 {max} 行），请分成几个文件导入</source>
        <translation>The file has too many rows (over {max}); please split it into several files to import</translation>
    </message>
    <message>
        <source>文件内容太多（超过 {max} 个格子），请删掉用不到的列，或分成几个文件导入</source>
        <translation>The file has too much content (over {max} cells); please delete columns you don&apos;t need, or split it into several files to import</translation>
    </message>
    <message>
        <source>第 {line} 行的列数太多（超过 {max} 列），请删掉用不到的列后再导入</source>
        <translation>Row {line} has too many columns (over {max}); please delete columns you don&apos;t need and import again</translation>
    </message>
    <message>
        <source>第 {line} 行“{column}”列的内容太长（超过 {max} 个字），请检查这个文件</source>
        <translation>In row {line}, the &quot;{column}&quot; column is too long (over {max} characters); please check this file</translation>
    </message>
    <message>
        <source>这个 Excel 文件太大或太复杂（{detail}），请分成几个文件，或在 Excel 中另存为 CSV 后导入</source>
        <translation>This Excel file is too large or too complex ({detail}); please split it into several files, or save it as CSV in Excel and import that</translation>
    </message>
    <message>
        <source>划入个人账户 {credited} 比这个月个人和单位缴费合计 {paid} 还多，请核对（仍可导入）</source>
        <translation>The amount credited to the personal account, {credited}, is more than this month&apos;s combined personal and employer contributions, {paid}; please check (it can still be imported)</translation>
    </message>
    <message>
        <source>个人和单位缴费合计 {paid} 超过了缴费基数 {base}，请核对基数（仍可导入）</source>
        <translation>The combined personal and employer contributions, {paid}, exceed the contribution base of {base}; please check the base (it can still be imported)</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>For information</translation>
    </message>
    <message>
        <source>还要等</source>
        <extracomment>right, but not yet (a waiting period, a date to come)</extracomment>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>需确认</source>
        <extracomment>not known here: ask the local office</extracomment>
        <translation>To confirm</translation>
    </message>
    <message>
        <source>当地标准（政策库未收录，以当地医保部门公布为准）</source>
        <extracomment>what a placeholder reads when the book has no value for the region and day</extracomment>
        <translation>the local standard (not in the policy book; the local medical insurance office’s published figure applies)</translation>
    </message>
    <message>
        <source>全国</source>
        <extracomment>直辖市: the whole municipality is one 统筹区, its city file is ``city-&lt;pp&gt;0000`` the name of the national rules (``national.toml``&apos;s ``name``), marked so the UI translates it where it shows a region name (``dtr``)</extracomment>
        <translation>National (全国)</translation>
    </message>
    <message>
        <source>其他资助对象</source>
        <extracomment>the choice for a subsidised group the book does not list (the groups come from the book); stored as it is, shown translated</extracomment>
        <translation>Other subsidised group</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>磁盘空间已满，刚才的操作没有完成。之前保存的数据没有丢失。请清理磁盘空间后再试一次。数据文件位置：{path}</source>
        <extracomment>Where a broken character reached the database without a field check (the last net). the data file is there but has zero bytes: its content was lost (not a new install) the data file exists but cannot be opened or read (permissions, I/O); not locked</extracomment>
        <translation>The disk is full, so what you just did was not completed. Data saved earlier has not been lost. Please free up disk space and try again. Data file: {path}</translation>
    </message>
    <message>
        <source>数据文件正被另一个程序使用（可能同时打开了两个医保个人助手），刚才的操作没有完成。之前保存的数据没有丢失。请关闭其他窗口或程序后再试一次。数据文件位置：{path}</source>
        <translation>The data file is being used by another program (maybe the app is open twice), so what you just did was not completed. Data saved earlier has not been lost. Please close the other windows or programs and try again. Data file: {path}</translation>
    </message>
    <message>
        <source>数据文件或所在文件夹是只读的，刚才的修改无法保存。之前保存的数据没有丢失。请检查该文件夹的权限，或用 --data-dir 换一个可写的文件夹。数据文件位置：{path}</source>
        <translation>The data file or its folder is read-only, so your change could not be saved. Data saved earlier has not been lost. Please check the folder&apos;s permissions, or use --data-dir to choose a folder that can be written to. Data file: {path}</translation>
    </message>
    <message>
        <source>数据文件已损坏，或不是医保个人助手的数据文件，无法打开。软件没有修改或删除它。您可以在“设置”中从备份恢复（当前文件会被保留在原文件夹中）。数据文件位置：{path}</source>
        <translation>The data file is damaged, or is not a data file of this app, so it cannot be opened. The app has not changed or deleted it. You can restore from a backup in &quot;Settings&quot; (the current file will be kept in its folder). Data file: {path}</translation>
    </message>
    <message>
        <source>数据文件是空的（0 字节），里面已经没有任何资料。常见原因是上次保存时断电、磁盘已满，或复制、同步文件时出了错。软件没有把它当作新安装重新开始，也没有修改或删除它。数据文件位置：{path}</source>
        <translation>The data file is empty (0 bytes); nothing is left in it. Common causes are a power cut during the last save, a full disk, or an error while copying or syncing files. The app has not started over as if newly installed, and has not changed or deleted the file. Data file: {path}</translation>
    </message>
    <message>
        <source>无法读取数据文件（可能是权限不足、磁盘故障或文件被移走），软件没有修改或删除它。请检查该文件和文件夹的权限后重新打开；也可以从备份恢复（原文件会被保留）。数据文件位置：{path}</source>
        <translation>The data file cannot be read (perhaps missing permissions, a disk fault, or the file was moved); the app has not changed or deleted it. Please check the permissions of the file and its folder and open it again, or restore from a backup (the original file will be kept). Data file: {path}</translation>
    </message>
    <message>
        <source>此数据库由更新版本的医保个人助手创建，请升级软件后再打开；为保护数据，本版本不会打开它。数据文件位置：{path}</source>
        <translation>This data file was created by a newer version of the app. Please update the app before opening it; to protect your data, this version will not open it. Data file: {path}</translation>
    </message>
    <message>
        <source>找不到所选的备份文件，可能已被移动或删除。当前数据没有改动。备份文件：{path}</source>
        <translation>The selected backup file cannot be found; it may have been moved or deleted. Your current data is unchanged. Backup file: {path}</translation>
    </message>
    <message>
        <source>读写数据文件时出错（可能是磁盘故障、权限不足或文件被移走），刚才的操作没有完成。之前保存的数据没有丢失。请检查磁盘和文件夹权限后再试一次。数据文件位置：{path}</source>
        <translation>An error occurred while reading or writing the data file (perhaps a disk fault, missing permissions, or the file was moved), so what you just did was not completed. Data saved earlier has not been lost. Please check the disk and folder permissions and try again. Data file: {path}</translation>
    </message>
    <message>
        <source>所选备份文件已损坏或不是医保个人助手的备份，无法恢复。当前数据没有改动。备份文件：{path}</source>
        <extracomment>Extra templates for situations that share a kind.</extracomment>
        <translation>The selected backup file is damaged or is not a backup of this app, so it cannot be restored. Your current data is unchanged. Backup file: {path}</translation>
    </message>
    <message>
        <source>所选备份由更新版本的医保个人助手创建，请升级软件后再恢复；当前数据没有改动。备份文件：{path}</source>
        <translation>The selected backup was created by a newer version of the app. Please update the app before restoring it; your current data is unchanged. Backup file: {path}</translation>
    </message>
    <message>
        <source>这件事项已被删除，请刷新后再试</source>
        <translation>This case has been deleted; please refresh and try again</translation>
    </message>
    <message>
        <source>这一项已不存在（事项可能已被删除或重新生成），请刷新后再试</source>
        <translation>This item no longer exists (the case may have been deleted or regenerated); please refresh and try again</translation>
    </message>
    <message>
        <source>请填写事项名称</source>
        <translation>Please enter a name for the case</translation>
    </message>
    <message>
        <source>不能超过 {max} 个字，现在是 {n} 个</source>
        <translation>No more than {max} characters; currently {n}</translation>
    </message>
    <message>
        <source>手动标记为已解除</source>
        <translation>Manually marked as ended</translation>
    </message>
    <message>
        <source>这条共济记录已被删除，请刷新后再试</source>
        <translation>This mutual aid record has been deleted; please refresh and try again</translation>
    </message>
    <message>
        <source>这位家庭成员已被删除，请重新选择</source>
        <translation>This family member has been deleted; please choose again</translation>
    </message>
    <message>
        <source>共济人和被共济的亲属不能是同一个人</source>
        <translation>The person sharing their account and the relative being helped cannot be the same person</translation>
    </message>
    <message>
        <source>请至少选择一位亲属</source>
        <translation>Please choose at least one relative</translation>
    </message>
    <message>
        <source>{relative}现在不符合家庭共济的条件：{reasons}</source>
        <translation>{relative} does not currently meet the conditions for family mutual aid (家庭共济): {reasons}</translation>
    </message>
    <message>
        <source>新记录的状态只能是“计划中”或“已办理”</source>
        <translation>A new record&apos;s status can only be &quot;Planned&quot; or &quot;Done&quot;</translation>
    </message>
    <message>
        <source>已办理的共济请填写开始日期</source>
        <translation>Please enter the start date of the mutual aid that has been done</translation>
    </message>
    <message>
        <source>已办理的共济开始日期不能晚于今天（{today}）；还没办的请选“计划中”</source>
        <translation>The start date of mutual aid that has been done cannot be later than today ({today}); if it is not done yet, choose &quot;Planned&quot;</translation>
    </message>
    <message>
        <source>解除日期不能早于开始日期（{start}）</source>
        <translation>The end date cannot be earlier than the start date ({start})</translation>
    </message>
    <message>
        <source>备注不能超过 {max} 个字，现在是 {n} 个</source>
        <translation>Notes cannot be longer than {max} characters; currently {n}</translation>
    </message>
    <message>
        <source>备注中有不可见的控制字符，请重新输入</source>
        <translation>The notes contain invisible control characters; please type them again</translation>
    </message>
    <message>
        <source>这条共济已经解除了</source>
        <translation>This mutual aid has already ended</translation>
    </message>
    <message>
        <source>只有“计划中”的共济可以标记为已办理</source>
        <translation>Only mutual aid that is &quot;Planned&quot; can be marked as done</translation>
    </message>
    <message>
        <source>请从列表中选择（“{value}”不是可选项）</source>
        <translation>Please choose from the list (&quot;{value}&quot; is not an option)</translation>
    </message>
    <message>
        <source>期限缺少说明</source>
        <translation>The deadline has no description</translation>
    </message>
    <message>
        <source>请填写姓名</source>
        <translation>Please enter a name</translation>
    </message>
    <message>
        <source>姓名不能超过 {max} 个字，现在是 {n} 个</source>
        <translation>The name cannot be longer than {max} characters; currently {n}</translation>
    </message>
    <message>
        <source>姓名中有不可见的控制字符，请重新输入</source>
        <translation>The name contains invisible control characters; please type it again</translation>
    </message>
    <message>
        <source>请填写出生日期，或填写身份证号</source>
        <translation>Please enter the date of birth or the ID card number</translation>
    </message>
    <message>
        <source>出生日期不能晚于今天（{today}）</source>
        <translation>The date of birth cannot be later than today ({today})</translation>
    </message>
    <message>
        <source>出生日期不能早于 1900 年</source>
        <translation>The date of birth cannot be earlier than 1900</translation>
    </message>
    <message>
        <source>出生日期与身份证号不一致：身份证号中的出生日期是 {id_birth_date}。请核对出生日期或身份证号</source>
        <translation>The date of birth does not match the ID card number: the date of birth in the ID card number is {id_birth_date}. Please check the date of birth or the ID card number</translation>
    </message>
    <message>
        <source>性别与身份证号不一致：按身份证号（第 17 位）应为“{id_gender}”。请核对性别或身份证号</source>
        <translation>The gender does not match the ID card number: according to the ID card number (17th digit) it should be &quot;{id_gender}&quot;. Please check the gender or the ID card number</translation>
    </message>
    <message>
        <source>未知的地区代码：{code}</source>
        <translation>Unknown region code: {code}</translation>
    </message>
    <message>
        <source>请选择参保的统筹区（一般是地级市），不能只选省份：{name}</source>
        <translation>Please choose the insured region (统筹区, usually a prefecture-level city), not just a province: {name}</translation>
    </message>
    <message>
        <source>请选择参保的统筹区（一般是地级市），而不是区县：“{name}”属于“{suggestion}”</source>
        <translation>Please choose the insured region (统筹区, usually a prefecture-level city), not a district or county: &quot;{name}&quot; belongs to &quot;{suggestion}&quot;</translation>
    </message>
    <message>
        <source>地区“{name}”（{code}）已撤销或更名，请重新选择参保地</source>
        <translation>The region &quot;{name}&quot; ({code}) has been abolished or renamed; please choose where the person is insured again</translation>
    </message>
    <message>
        <source>去世日期不能晚于今天（{today}）</source>
        <translation>The date of death cannot be later than today ({today})</translation>
    </message>
    <message>
        <source>去世日期不能早于出生日期（{birth}）</source>
        <translation>The date of death cannot be earlier than the date of birth ({birth})</translation>
    </message>
    <message>
        <source>“本人”不能标记为已去世；请在家庭成员中标记去世的亲属</source>
        <translation>&quot;Self&quot; cannot be marked as deceased; please mark the relative who died among the family members</translation>
    </message>
    <message>
        <source>险种选了“未参保”，就不能同时标记为已参保。请改选险种或取消“已参保”</source>
        <translation>The insurance type is &quot;Not insured&quot;, so the person cannot also be marked as insured. Please change the insurance type or untick &quot;Insured&quot;</translation>
    </message>
    <message>
        <source>“本人”只用于个人资料，请为家庭成员选择与您的关系</source>
        <translation>&quot;Self&quot; is only for your own profile; please choose the family member&apos;s relationship to you</translation>
    </message>
    <message>
        <source>个人资料的关系只能是“本人”</source>
        <translation>The relationship in your own profile can only be &quot;Self&quot;</translation>
    </message>
    <message>
        <source>这个身份证号已经登记给“{name}”了，同一个人不能登记两次</source>
        <translation>This ID card number is already registered for &quot;{name}&quot;; the same person cannot be registered twice</translation>
    </message>
    <message>
        <source>这位家庭成员已被删除，请刷新后再试</source>
        <translation>This family member has been deleted; please refresh and try again</translation>
    </message>
    <message>
        <source>这条记录已被删除，请刷新后再试</source>
        <translation>This record has been deleted; please refresh and try again</translation>
    </message>
    <message>
        <source>{month} 已有一条{scheme}记录，请修改那一条，或换一个月份</source>
        <translation>There is already a {scheme} record for {month}; please edit that one or choose another month</translation>
    </message>
    <message>
        <source>金额不能是负数</source>
        <translation>The amount cannot be negative</translation>
    </message>
    <message>
        <source>金额过大，请检查是否多输了数字</source>
        <translation>The amount is too large; please check for extra digits</translation>
    </message>
    <message>
        <source>个人缴费和单位缴费不能都是 0</source>
        <translation>Personal and employer contributions cannot both be 0</translation>
    </message>
    <message>
        <source>请选择是哪位家人代缴的</source>
        <translation>Please choose which family member paid</translation>
    </message>
    <message>
        <source>代缴人不能是本人</source>
        <translation>The payer cannot be yourself</translation>
    </message>
    <message>
        <source>待遇年度应在 {low} 至 {high} 之间</source>
        <translation>The coverage year must be between {low} and {high}</translation>
    </message>
    <message>
        <source>缴费日期不能晚于今天（{today}）</source>
        <translation>The payment date cannot be later than today ({today})</translation>
    </message>
    <message>
        <source>视同缴费月数应在 0 至 {max} 之间</source>
        <translation>Months of deemed contributions (视同缴费) must be between 0 and {max}</translation>
    </message>
    <message>
        <source>请选择险种</source>
        <translation>Please choose the insurance type</translation>
    </message>
    <message>
        <source>文件中有 {n} 行有问题（如第 {line} 行：{problem}），没有导入任何一行。请改正后再导入，或选择跳过有问题的行</source>
        <translation>{n} rows in the file have problems (for example row {line}: {problem}), so no rows were imported. Please fix them and import again, or choose to skip the rows with problems</translation>
    </message>
    <message>
        <source>{name}的职工医保从 {first} 起没有缴费记录：{stop} 起暂停报销；续缴后需连续缴满 {resume} 个月才恢复（{rule}）</source>
        <translation>{name}&apos;s employee medical insurance (职工医保) has no contributions since {first}: medical costs are not covered from {stop}; after paying again, {resume} months of payments in a row are needed before cover resumes ({rule})</translation>
    </message>
    <message>
        <source>{name}的职工医保在 {first} 至 {last} 断缴 {months} 个月：{stop} 起暂停报销，{resumes} 起恢复{projected}</source>
        <translation>{name}&apos;s employee medical insurance (职工医保) had a {months}-month gap from {first} to {last}: medical costs not covered from {stop}, cover resumes from {resumes}{projected}</translation>
    </message>
    <message>
        <source>{name}的居民医保 {years} 年没有参保（断保 {count} 年）：{when}参保后有 {months} 个月等待期，{start} 起才能报销。{repair}</source>
        <translation>{name} was not enrolled in resident medical insurance (居民医保) in {years} (a gap of {count} year(s)): after enrolling {when} there is a {months}-month waiting period, and medical costs are covered only from {start}. {repair}</translation>
    </message>
    <message>
        <source>{name}的 {year} 年度居民医保是在集中缴费期结束后（{paid}）缴的：有 {months} 个月固定等待期，从缴费之日算起，{start} 起才能报销。{extra}</source>
        <translation>{name}&apos;s {year} resident medical insurance (居民医保) was paid after the main collection period (集中征缴期) ended ({paid}): there is a fixed {months}-month waiting period counted from the payment date, and medical costs are covered only from {start}. {extra}</translation>
    </message>
    <message>
        <source>新生儿在当地规定的期限内参保缴费可以不设等待期、从出生之日起享受待遇；政策库中没有当地的期限，请向当地医保部门确认。</source>
        <translation>Newborns enrolled and paid for within the local time limit can have no waiting period and be covered from birth; our policy data does not have the local time limit, so please check with the local medical insurance office.</translation>
    </message>
    <message>
        <source>不设等待期的人群：{groups}等（以当地规定为准）。</source>
        <translation>Groups with no waiting period: {groups}, etc. (local rules apply).</translation>
    </message>
    <message>
        <source>按当年标准多缴 {n} 年（约 {cost}）可把等待期缩短到 {months} 个月，{start} 起报销。</source>
        <translation>Paying {n} more years at the current year&apos;s rate (about {cost}) can shorten the waiting period to {months} months, with medical costs covered from {start}.</translation>
    </message>
    <message>
        <source>按当年标准多缴 {n} 年可把等待期缩短到 {months} 个月，{start} 起报销（当年标准以当地公布为准）。</source>
        <translation>Paying {n} more years at the current year&apos;s rate can shorten the waiting period to {months} months, with medical costs covered from {start} (the current year&apos;s rate is as published locally).</translation>
    </message>
    <message>
        <source>{name}的职工医保累计缴费 {counted}，{region}退休时需要 {required}{actual_rule}：还差 {missing}。按月继续缴费，预计 {met_in} 满足。{retirement}</source>
        <translation>{name} has {counted} of employee medical insurance (职工医保) contributions in total; retiring in {region} needs {required}{actual_rule}: still {missing} short. Paying on month by month, this is expected to be met in {met_in}. {retirement}</translation>
    </message>
    <message>
        <source>（其中实际缴费至少 {years}）</source>
        <translation>, of which at least {years} actually paid</translation>
    </message>
    <message>
        <source>（其中在{region}实际缴费至少 {years}；本软件把您记录的缴费都算作在{region}缴的，在外地缴的月份不算，请自行扣除）</source>
        <translation>, of which at least {years} actually paid in {region} (this app counts all contributions you recorded as paid in {region}; months paid elsewhere do not count, so please subtract them yourself)</translation>
    </message>
    <message>
        <source>按法定退休年龄（{date} 退休，已含延迟退休{note}）查的是那时的规定。</source>
        <translation>This uses the rules in force at the statutory retirement age (retiring on {date}, including the gradual raising of the retirement age{note}).</translation>
    </message>
    <message>
        <source>；女性按原55岁计算，原50岁退休的女工人退休更早</source>
        <translation>; for women this assumes the former age of 55, and female workers who used to retire at 50 retire earlier</translation>
    </message>
    <message>
        <source>到退休时仍不够，需要一次性补缴或退休后继续缴费，以当地规定为准。</source>
        <translation>Even at retirement it will not be enough; a one-off back payment or paying on after retirement will be needed, as local rules require.</translation>
    </message>
    <message>
        <source>{region}的规定</source>
        <extracomment>the parts warnings are built from (translated with them: yibao.domain.i18n.Message)</extracomment>
        <translation>the rule of {region}</translation>
    </message>
    <message>
        <source>按多数地区的做法，以当地规定为准</source>
        <translation>as in most regions; local rules apply</translation>
    </message>
    <message>
        <source>（需继续按月缴费）</source>
        <translation> (if you keep paying every month)</translation>
    </message>
    <message>
        <source>{year} 年度</source>
        <translation>for the {year} benefit year</translation>
    </message>
    <message>
        <source>为 {year} 年度</source>
        <translation>for the {year} benefit year</translation>
    </message>
    <message>
        <source>{name}预计 {date} 退休：政策库中没有{region}这一年退休的最低缴费年限（查过，未找到），请向当地医保部门确认。{note}</source>
        <translation>{name} is expected to retire on {date}: our policy data has no minimum contribution period for retiring in {region} in that year (checked, none found); please check with the local medical insurance office. {note}</translation>
    </message>
    <message>
        <source>{name}有 {n} 个月的个人账户划入与按规则计算的不一致（如 {month}：记录 {recorded}，按规则 {computed}），请核对缴费明细</source>
        <translation>{name} has {n} months where the amount credited to the personal account does not match the rules (for example {month}: recorded {recorded}, by the rules {computed}); please check the contribution details</translation>
    </message>
    <message>
        <source>不能删除本人的个人资料；如需修改，请在“个人资料”中编辑</source>
        <translation>Your own profile cannot be deleted; to change it, edit it under &quot;Profile&quot;</translation>
    </message>
    <message>
        <source>没有这个政策参数：{key}</source>
        <translation>No such policy setting: {key}</translation>
    </message>
    <message>
        <source>无效的地区：{region_key}</source>
        <translation>Invalid region: {region_key}</translation>
    </message>
    <message>
        <source>无效的地区代码：{code}</source>
        <translation>Invalid region code: {code}</translation>
    </message>
    <message>
        <source>备注不能超过 {max} 个字</source>
        <translation>Notes cannot be longer than {max} characters</translation>
    </message>
    <message>
        <source>请填写这位参保人的姓名</source>
        <translation>Please enter this insured person&apos;s name</translation>
    </message>
    <message>
        <source>姓名不能超过 {max} 个字</source>
        <translation>The name cannot be longer than {max} characters</translation>
    </message>
    <message>
        <source>请选择参保地（统筹区）</source>
        <translation>Please choose the insured region (统筹区)</translation>
    </message>
    <message>
        <source>{scenario}（{name}）</source>
        <translation>{scenario} ({name})</translation>
    </message>
    <message>
        <source>密码至少 {n} 个字符；不想设密码就留空</source>
        <extracomment>the suffix suggested for a backup file saved by the user</extracomment>
        <translation>The password must have at least {n} characters; leave it empty if you don&apos;t want a password</translation>
    </message>
    <message>
        <source>两次输入的密码不一样</source>
        <translation>The two passwords do not match</translation>
    </message>
    <message>
        <source>这个备份文件设了密码，请输入保存时设的密码</source>
        <translation>This backup file has a password; please enter the password set when it was saved</translation>
    </message>
    <message>
        <source>密码不对，或者文件在保存后被改动过。当前数据没有改动，可以再试一次</source>
        <translation>Wrong password, or the file was changed after it was saved. Your current data is unchanged; you can try again</translation>
    </message>
    <message>
        <source>医保期限</source>
        <extracomment>the hour of the day alarms go off SEQUENCE counts minutes since this moment, so a later export always supersedes</extracomment>
        <translation>Medical insurance deadlines</translation>
    </message>
    <message>
        <source>（日期按通常月份估算，以当地医保部门公布为准）</source>
        <translation>(Dates are estimated from the usual months; the local medical insurance office&apos;s announcements apply)</translation>
    </message>
    <message>
        <source>由医保个人助手导出。</source>
        <translation>Exported by Yibao Assistant (医保个人助手).</translation>
    </message>
    <message>
        <source>居民医保个人缴费</source>
        <extracomment>How far ahead the account is projected: the simulation&apos;s own horizon (it ignores events after it), so every statement about the projected account covers the same months. the Basis label of a contribution the user typed</extracomment>
        <translation>Resident insurance: personal contribution</translation>
    </message>
    <message>
        <source>{filing}备案（{insured}→{dest}）</source>
        <extracomment>the earliest first day of care the wizard accepts the full names (四川省泸州市) the same pooling region: no filing needed a saved case&apos;s title and summary, written in the chosen language (kept as written)</extracomment>
        <translation>Filing for care elsewhere: {filing} ({insured} → {dest})</translation>
    </message>
    <message>
        <source>{name} {filing}备案（{insured}→{dest}）</source>
        <translation>{name}: filing for care elsewhere, {filing} ({insured} → {dest})</translation>
    </message>
    <message>
        <source>{filing}（{term}）</source>
        <translation>{filing} ({term})</translation>
    </message>
    <message>
        <source>参保地：{insured} → 就医地：{dest}（跨省）</source>
        <translation>Insured in {insured} → care in {dest} (another province)</translation>
    </message>
    <message>
        <source>参保地：{insured} → 就医地：{dest}（省内）</source>
        <translation>Insured in {insured} → care in {dest} (same province)</translation>
    </message>
    <message>
        <source>有效期：{text}</source>
        <translation>Valid: {text}</translation>
    </message>
    <message>
        <source>临时备案至少有效到 {date}（以备案回执为准）</source>
        <translation>The temporary filing is valid at least until {date} (the filing receipt counts)</translation>
    </message>
    <message>
        <source>（未经证实）</source>
        <translation> (unconfirmed)</translation>
    </message>
</context>
</TS>
