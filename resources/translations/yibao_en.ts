<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <source>{name}的缴费年限与个人账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视同缴费年限：1996 年底以前参加工作的年限（以档案或社保部门认定为准）。期初余额：从医保 App 查到的某一天的个人账户余额，之后按缴费记录推算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视同缴费年数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视同缴费月数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视同缴费年限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人账户期初余额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 2024-01-01，可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>余额对应日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人账户支出与扣款（看病买药、长护险、代缴等）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人账户支出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支出日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期 2024-03-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支出类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支出金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期请写成 2024-03-01 的样子</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请写成 2024-01-01 的样子</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>保存备份到文件</source>
        <extracomment>the suffix of backup files saved by the user (any name is accepted when restoring)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择要恢复的备份文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>医保个人助手备份 (*{suffix} *.sqlite3);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPasswordDialog</name>
    <message>
        <source>备份文件的密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入备份文件的密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份文件里有全家人的身份证号和缴费记录。要拷到 U 盘、网盘或别的电脑，建议设一个密码：文件会被加密，没有密码谁也打不开。请记住这个密码，忘了就没有办法恢复。不设密码就留空。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”设了密码，请输入保存备份时设的密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再输一遍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入密码</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <source>个人账户余额（元，虚线为预测）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BindingDateDialog</name>
    <message>
        <source>可不填，例如：改由其他家人共济</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BindingWizard</name>
    <message>
        <source>家庭共济绑定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择共济人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有勾选要保存的亲属。不想保存的话，点“取消”关闭即可。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BindingsOverviewBlock</name>
    <message>
        <source>家庭共济</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，自 {date} 起</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{giver} → {relative}：{status}{since}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BindingsPanel</name>
    <message>
        <source>家庭共济</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>谁的个人账户给谁用。任一方不再参保或换了参保地时，共济会自动解除，这里会标出来。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理家庭共济…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标记为已办理…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标记为已解除…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>谁来付钱？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲属看病花了一笔钱，先扣谁的账户、各扣多少</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭共济列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有家庭共济记录。点“办理家庭共济…”，看看家人能不能用您的个人账户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标记为已办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{giver}给{relative}的家庭共济已经办好了吗？请填写生效（开始）日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标记为已解除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{giver}给{relative}的家庭共济已经解除了吗？解除后记录会保留，状态改为“已解除”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解除日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePdf</name>
    <message>
        <source>{date}（周{weekday}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还有 {n} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已过期 {n} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePreviewPage</name>
    <message>
        <source>（可选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在整理清单……</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一个期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已过期，请尽快办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>我的事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>向导帮您整理好的办事清单都保存在这里：办完一步就勾上一步，材料备齐就勾上材料，期限快到的排在最前面。可以导出 PDF 或打印出来带去办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事项列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事项是由向导生成的办事清单。在“概览”中选一个要办的事（例如异地就医备案），回答几个问题，最后点“保存为事项”，清单就会出现在这里，之后可以逐项勾选、记备注、导出 PDF 或打印。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（这个版本还没有可用的向导。）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>创建于 {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事项状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回来以后：手工报销…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在外地看病时全部自己付了钱的，添加手工报销的材料清单和截止日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看结果说明（{n} 条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加入日历…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把这件事的期限写成日历文件（.ics），导入手机或电脑的日历后到时会提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事项备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：窗口电话、办理进度、需要补交的材料…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}（可选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”的备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注（可选），回车保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已完成 {done} / {total} 项必做事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定要删除“{title}”吗？清单的勾选和备注会一起删除，无法撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事项已删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入文件“{path}”，请换一个文件夹再试。（{why}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 PDF：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个版本不能直接打印。请先“导出 PDF…”，再用看图或 PDF 软件打印。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已发送到打印机。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>要做的事</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>点击“保存到我的事项”，以后可以逐项打勾、记下每位亲属缴好了没有、导出 PDF 或打印。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注（可选，例如问到的截止日期、窗口电话）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>要做的事和要带的材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>点击“保存到我的事项”，以后可以逐项打勾、记备注、导出 PDF 或打印。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注（可选，例如窗口电话、问到的到账时间）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不符合条件时，可以改做的事</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>例如 1986-03-01</source>
        <extracomment>the day changed (a ``date``, or ``None`` when emptied or unreadable)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}：从日历中选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从日历中选择日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesBlock</name>
    <message>
        <source>近期期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出到日历…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把全家所有的期限写成日历文件（.ics），导入手机或电脑的日历后到时会提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>接下来 {n} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还有 {n} 个期限，到“我的事项”查看</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{due}（{left}）  {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在“我的事项”中打开这件事</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>去代缴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录缴费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>我的事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>前往</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>日期和金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还不清楚</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转不过去（新参保地不接收个人账户）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>能转过去</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如 3456.78，不知道可以不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如 400，不知道可以不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保终止日期 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人账户能转到新参保地吗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人账户余额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已缴居民医保的年度 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参加职工医保的日期 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一般填去世的日期；医保经办机构记录的停保日期不同时，以停保日期为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新提交的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保终止日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参加职工医保的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不填按今天计算，例如 2026-12-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>去世日期 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保终止（停保）日期 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已缴的居民医保费（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代缴的金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填办理停保（单位减员）的日期；还没停保的，填预计的日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填原参保地停保（单位减员）的日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填原参保地停保的日期；还没停保的，填预计的日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度指居民医保的待遇年度（一般在上一年9—12月缴费）；职工医保的日期看单位参保或灵活就业开始缴费的日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额可以在医保 APP 的代缴记录里查到。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没重新提交的，日期不用填，按今天计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可以在国家医保服务平台 APP 或当地医保公众号查询个人账户余额。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已按缴费记录推算出余额，可以按 APP 查到的数字修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按您填写的余额计算。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Discard</name>
    <message>
        <source>放弃填写的内容？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您填写的内容还没有保存，关闭后就没有了。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放弃并关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>继续填写</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>无法完成操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请检查输入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序出错了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>很抱歉，医保个人助手遇到了意外错误。您已保存的数据不会丢失。

如需反馈，请附上日志文件：
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年龄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保地</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已去世（{date}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正常参保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未参保/已停保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录家里每个人的参保情况。家庭共济、代缴和异地备案都会用到这里的信息。身份证号只保存在本机，并且始终部分隐藏。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加成员…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭成员列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除家庭成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定要删除“{name}”吗？与此人相关的记录也会一并删除，无法撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>记下来</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存后在“家庭成员”页面和概览里都能看到。还没去办的选“计划中”，办好了选“已办理”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存{name}的共济</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：已在APP提交，等待确认</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>设置个人信息</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlexibleDialog</name>
    <message>
        <source>灵活就业缴费计算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月缴费 = 缴费基数 × 缴费比例（+ 当地的大额医疗等附加费）。基数一般可在当地平均工资的 60%～300% 之间选择；比例和附加费以当地医保部门公布为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保地</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不填则用当地公布的基数（如有）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月缴费基数（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当地公布的比例，如 8%；不填则用政策库中的当地比例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费比例（%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>大额医疗等每月附加，如 5，没有就空着</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每月附加（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按哪天的政策</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各档次缴费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>档次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请写成 2025-01-01 的样子</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库中没有当地公布的缴费基数，请填写缴费基数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库中也没有当地的缴费比例，请一并填写当地公布的比例。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以当地规定为准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您填写的比例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>比例 {rate} 是您填写的，请以当地医保部门公布为准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>比例来源：{title}（{confidence}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基数 {base}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（当地公布的基数）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>。政策库中没有当地的缴费比例（全国没有统一比例，各市不同），请在上面“缴费比例”中填写当地公布的比例后再计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>。政策库中没有当地的缴费比例，这里用的是您填写的比例。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>。以当地医保部门公布为准。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GiverPage</name>
    <message>
        <source>谁来出钱（共济人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共济人要参加职工医保，并且有个人账户（在职、退休或灵活就业“统账结合”都可以）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可不填，例如 2,500.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共济人 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按哪天的政策检查 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人账户余额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家里每个人能不能当共济人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共济人检查结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有符合条件的人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有家庭成员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家里还没有人能当共济人。下面列出了每个人的原因和解决办法；改好家庭成员信息后再来。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>谁出钱：职工医保个人账户</source>
        <extracomment>the amount was filled in from the policy book and not changed by the user the priced figure from the book (``None`` until the region&apos;s figures are known) the contribution group the user chose (北京: 老年人 …); empty: by the book&apos;s conditions answered &quot;in-school student?&quot;; ``None``: not answered (default from the ages)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先模拟一遍：账户里的钱够给哪几位亲属缴居民医保、按什么顺序、赶不赶得上截止日、还要准备多少现金。模拟不会动您的账户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有填写家庭成员也没关系：直接在下面填余额和参保地，下一步再添加要代缴的亲属。以后在“家庭成员”页面添加家人，就能自动带出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出钱的人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他人（手动填写）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出钱的人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出钱的人的称呼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：我、爸爸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>称呼：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保地：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人账户余额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如 1500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人账户余额（元）*：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每月划入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不知道可以空着</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每月划入约（元）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每月划入到账日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 号左右</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每月到账日：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>余额和每月划入可以在国家医保服务平台 APP 或当地医保 APP 的“个人账户”里查到。每月划入用来估算：钱不够时，哪个月以后才够。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭成员中没有参加职工医保（有个人账户）的人。可以在下面手动填写出钱的人；只有职工医保的个人账户才能代缴。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>我</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已按“缴费记录”推算：截至 {date} 余额约 {balance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，每月划入约 {credit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（{how}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>。可以改成 APP 上看到的数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>称呼太长了</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>缴费记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每个月交了多少、谁交的、划入个人账户多少。可以从医保 App 或 Excel 导出的明细导入，也可以手工添加。概览页的缴费年限、断缴提醒和个人账户都按这里的记录计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按成员筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>起始年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截止年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>险种</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按险种筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部险种</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费年限与账户…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>灵活就业计算器…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费记录列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在加载…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有符合条件的记录。可以点“导入…”读入缴费明细，或点“添加…”手工录入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {count} 条 · 个人缴费合计 {personal} · 单位缴费合计 {employer} · 划入个人账户合计 {credited}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已修改 {month} 的记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已添加 {month} 的记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除缴费记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定要删除选中的 {n} 条缴费记录吗？删除后可以点“撤销”恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已删除 {n} 条记录。点“撤销”可以恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已撤销上一步操作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入完成：新增 {new} 条，替换 {replaced} 条，相同未改动 {same} 条，跳过 {skipped} 条。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>点“撤销”可以取消这次导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出缴费记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 表格 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 {n} 条记录到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存{name}的缴费年限与账户信息。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>缴费与个人账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看缴费记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在计算缴费年限和个人账户…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图表显示哪位成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有缴费记录。到“缴费记录”页导入医保 App 或 Excel 里的明细，这里就会显示缴费年限、断缴提醒和个人账户余额。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工医保实际缴费 {actual}，视同缴费 {deemed}，累计 {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库中没有当地退休所需年限，请以当地规定为准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}要求累计 {years}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，其中在{region}实际缴费至少 {years}（您记录的缴费都按在当地缴的算）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，其中实际缴费至少 {years}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；按 {date} 退休时的规定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（是否含视同年限以当地规定为准）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退休所需年限：已满足（{rule}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退休所需年限：还差 {missing}，按月继续缴费预计 {month} 满足（{rule}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有缴费记录的年度：{first}–{last}，共 {n} 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目前：本月或上月有缴费记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目前：最近没有缴费记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每月划入个人账户 {amount}：{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每月划入：{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人账户余额（按记录推算）{balance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，12 个月后约 {later}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 条记录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdNumberEdit</name>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 位，可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>导入缴费记录</source>
        <extracomment>data rows shown in the preview besides the rows with a problem rows with a problem shown in the preview, and problems listed (a hostile file can have 100,000 of them; the summary still counts them all)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可以导入国家医保服务平台、地方医保 App 或 Excel 里导出的缴费明细（CSV 或 XLSX）。导入前会逐行检查，有问题的行会列出来，确认后才会保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有选择文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入给哪位家庭成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入给：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动识别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV 文件的分隔符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分隔符：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列的对应关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件中的列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对应为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发现的问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件内容预览（可直接修改有问题的格子）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列的对应（认不出的列请手动指定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件内容（黄色是有问题的格子，双击可以直接改，改完点“重新检查”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已经有记录的月份：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保留原记录（跳过）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用文件中的替换</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>跳过有问题的行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存模板…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存一个 CSV 模板（列名和一行示例），在 Excel 里填好后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择缴费明细文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表格文件 (*.csv *.xlsx *.txt);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存导入模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费记录导入模板.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>模板已保存到 {path}。用 Excel 打开填好后，在这里选择它导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在读取文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作表“{sheet}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按 {encoding} 读取，分隔符：{delimiter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没能完成（{what}）。可以重新选择文件，或换一种编码、分隔符再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取或写入这个文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序出了问题，已记录到日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（第 {n} 列，无标题）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{h}”对应为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>认不出这一列，请指定它是什么，或保持“不导入”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {total} 行：新增 {new} 行，与已保存的完全相同 {same} 行（不会改动），已有记录但内容不同 {dup} 行，有问题 {bad} 行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另有 {n} 行的数字看起来不对劲，请核对（仍可导入）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请在下方改正有问题的格子后点“重新检查”，或勾选“跳过有问题的行”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {n} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>……还有 {n} 个问题没有列出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已修改，请点“重新检查”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsurancePage</name>
    <message>
        <source>您的参保情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保地是您缴医保的城市（统筹区）。直辖市选城市本身，省直辖县级市单独列出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不确定是哪一类？单位给您交的是“职工医保”；自己以个人身份交、按月或按年的多为“灵活就业”；每年九月到年底集中缴一次、按人头交的是“城乡居民医保”。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>家庭共济：用您的个人账户帮家人</source>
        <extracomment>Checklist sections shown on the steps page, in order; steps are numbered.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先分清两件容易混的事，再一步步检查家人能不能绑定、怎么去办。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有填写个人信息和家庭成员。请先关闭本向导，在“家庭成员”页面填写您和家人的参保类型、参保地，再来办理家庭共济。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalValueDialog</name>
    <message>
        <source>填写当地数值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当地</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写{region}医保部门公布的 {year} 年度{subject}。它会存为{region}的“本地修改”（自 {year}-01-01 起），马上用于计算，也会列在“政策参数”页面，随时可以恢复原值。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当地的金额（元/年）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如 400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额（元/年）*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在哪里看到的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可不填，例如：成都市医保局 2027 年度缴费通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写金额，例如 400</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>正在打开数据…</source>
        <extracomment>started with ``--minimized`` (at login): no first paint to wait for deadline notifications and the tray icon (ui/tray.py), from ``ready`` on</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>页面导航</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>版本 {v}
离线运行，不联网</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据位置：{path}</source>
        <extracomment>pages built so far (the first one now, the others when first shown)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在打开…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据已升级到新版本，升级前的备份：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据未打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未设置个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · {scheme}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存到“我的事项”：{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已记录 {n} 条家庭共济，可以在“家庭成员”页面查看</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>编辑个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑家庭成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加家庭成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>带 * 的为必填项。身份证号只保存在本机，界面中始终部分隐藏。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>与身份证一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目前在参保，能正常享受医保待遇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工医保：单位或本人在按月缴费，退休人员不用再缴费也算；居民医保：今年的居民医保费已经交了（明年的费在征缴期另交）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已去世</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>去世日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>去世日期，例如 2026-10-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与我的关系 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生日期 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保类型 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保地 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>去世</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写去世日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择参保地（省份和城市）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffsiteFilingWizard</name>
    <message>
        <source>异地就医备案</source>
        <extracomment>the saved case (after &quot;保存为事项&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存为事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回来以后：手工报销</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>修改本地值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如果您所在地的医保部门公布的数值与这里不同，可以在这里改成当地的数值。修改只影响“{region}”，会标记为“本地修改”，随时可以恢复原值。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参数：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目前的值：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新的值 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生效日期 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：来自当地医保局 2025 年通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依据（备注）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>概览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全家人的参保情况一目了然；需要注意的事项排在最前面。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>接下来可以做</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在打开数据…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有设置个人信息。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>告诉我您的参保类型和参保地，之后的政策和清单都按您所在地来。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加家庭成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把父母、配偶、子女加进来，之后办理家庭共济和代缴时可以直接选择。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看政策参数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>看看您所在地的缴费标准、个人账户划入、异地就医等规定，以及每个数字的出处。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>换电脑或重装系统前，先在设置里做一次备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}目前没有参保。居民医保一般在每年 9 月至 12 月集中缴费，断缴后再参保需要等待一段时间才能报销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请为{name}补充参保地，否则无法查到当地政策。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正常参保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未参保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保地未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{age} 岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有个人账户，可为近亲属家庭共济</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单建统筹，没有个人账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是您本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>前往</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>您的基本信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写身份证号后，出生日期和性别会自动带出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是谁的钱，由谁来办？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与身份证一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不清楚</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还有其他继承人（如兄弟姐妹、另一位家长）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保人（钱是谁的）*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保地 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>谁去办理 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您是去世者的 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他继承人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保地</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relation}，已去世</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不在家庭成员中的亲属（填写姓名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他人（不是家庭成员，例如单位同事）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有家庭成员资料。可以直接填写参保人的姓名和参保地；以后在“家庭成员”页面添加，就能自动带出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择去世的参保人，以及由谁来办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择重复参保的那个人（已缴了居民医保、又参加了职工医保）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择用个人账户代缴的那位职工（钱从谁的账户里出）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择个人账户的主人，以及由谁来办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保人自己去办。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位的社保经办人员替本单位职工办理（例如职工离职、出国或去世）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保人去世后，由继承人（配偶、子女、父母等）办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受参保人或继承人委托去办，要带委托书和双方身份证。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（这种情况一般不能由{who}办理，下一步会说明原因。）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择您与去世者的关系</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>缴哪一年、什么时候办、用哪种方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规定按出钱人的参保地从政策库带出，可以改成当地公布的数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待遇年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴哪一年的（待遇年度）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打算哪天办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打算哪天办：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>居民医保一般在上一年 9 月到 12 月集中缴下一年的（有的地方到次年 2 月），例如 2025 年秋天缴的是 2026 年度。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代缴方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当地规定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有超过一定金额的余额才能用于共济</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有余额起点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>余额起点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超过多少以上的部分能用（元）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>账户还要扣长期护理保险费（长护险）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>扣长护险</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>长护险金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>长护险扣缴方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每月扣</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每年年底一次扣全年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>长护险（元/次）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在查政策库……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一步没有选出钱人的参保地，这里按全国规定；选了参保地会更准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本地可用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本地不支持</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库无本地记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库：{region}余额超过 {amount} 的部分才可共济〔{tag}〕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库中本地没有余额起点的规定。山西等地有（超过 1000 元的部分才可共济）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库：{region}长护险从个人账户{schedule}扣 {amount}〔{tag}〕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库中本地没有从个人账户扣长护险的记录；您的账户如果每月扣，请勾选并填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待遇年度应在 {first} 到 {last} 年之间（办理日期的下一年为止）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还在查政策库，请稍等再点“下一步”。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>政策参数</source>
        <extracomment>the category entry that lists every 本地修改 (any region, any date)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>软件里用到的每个数字都在这里，并注明出处和可信程度。各地政策会调整，如与当地医保部门公布的不同，以当地为准，您也可以改成当地的数值（本地修改）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地区</source>
        <extracomment>the day 待核验 is judged on (tests set it) what the table shows: &quot;date&quot; (in force on the day), &quot;search&quot; (any date), &quot;local&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索参数、数值或来源（所有日期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地区：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策参数列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参数说明与出处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改本地值…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复原值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本地修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>适用地区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不详</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至今</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可信度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核验日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>我的参保地：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全国</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>我的本地修改（所有地区、日期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所有日期共 {n} 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索的是所有日期的数值，不只是所选日期的。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择一行查看说明、出处和可信程度。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>值：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本地修改：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自 {d} 起由您设定。软件内置的值为 {orig}。备注：{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发布机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发布日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此数值并非来自官方文件原文，以当地医保部门公布为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除您对“{label}”的本地修改，恢复软件内置的值？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyPaymentResult</name>
    <message>
        <source>现在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} 缴费期开始后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} 划入后（约 {day}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截止前不够（{month} 才够）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截止前不够</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>顺序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人应缴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>什么时候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴后余额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截止日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自己出的钱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先垫付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>返还月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共济额度</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyPaymentWizard</name>
    <message>
        <source>代缴居民医保模拟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存到我的事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>居民医保个人缴费</source>
        <extracomment>the open &quot;填写当地数值&quot; dialog, if any (tests type into it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>修改缴费记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加缴费记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>带 * 的为必填项。金额按缴费明细填写，单位是元；不知道的可以空着。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 2024-05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>明细上的“划入个人账户”，可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不是代缴）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>居民医保填，如 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 2024-11-03，可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭成员 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>费款所属期 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>险种 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费基数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人缴费 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位缴费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>划入个人账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代缴人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待遇年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请写 4 位年份，如 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请写成 2024-11-03 的样子</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在“家庭成员”中添加成员</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>数据文件无法打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据文件：{db}
恢复前，无法打开的文件会被保留并改名，不会被删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可用的备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}（{reason}，{size} KB）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择一个备份来恢复（最新的在最上面）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到备份。如果您刚开始使用、还没有保存过资料，可以选择“重新开始”（空文件会改名保留在原文件夹中）；如果以前保存过资料，请先退出，看看其他地方（如另一台电脑、U 盘）是否还有数据文件或备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到备份。您可以先退出，把数据文件交给懂电脑的亲友检查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从所选备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新开始（保留空文件）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundWizard</name>
    <message>
        <source>个人账户返还与退费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存到我的事项</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>省份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保地（市）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择省份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择省份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择城市</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativesPage</name>
    <message>
        <source>给谁用（被共济的亲属）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>勾选要绑定的家人，可以选多位。家人还没登记的，点“添加家庭成员…”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲属 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加家庭成员…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关系按“与您的关系”登记；共济人不是您本人时，软件会换算成与共济人的关系。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请至少勾选一位亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为谁代缴、按什么顺序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>钱不够时按列表顺序先缴前面的人。用“上移”“下移”调整；金额按亲属参保地的政策库标准带出，可以改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>要代缴的亲属（按顺序）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按金额从少到多排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额少的排前面，余额紧张时能先缴上的人最多。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从家庭成员中添加</source>
        <extracomment>the household members that may be added (those not yet listed are offered)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加这位家庭成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加其他亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这位亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>称呼或姓名*：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是出钱人的：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保地：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人缴费标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如 400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>居民医保个人缴费（元/年）*：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费人群</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费人群：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在校学生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是否在校学生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写当地数值…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写当地的缴费标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把当地医保部门公布的金额存为“本地修改”，以后这个地区、这个年度都按它算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不是资助对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资助参保：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人负担比例：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人部分走民政等专门渠道缴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新生儿（出生后第一次参保）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特殊情况：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已经绑定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没绑定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭共济绑定：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>征缴期开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>征缴期截止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲属称呼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲属关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资助参保类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人负担比例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专门渠道缴费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新生儿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是否已绑定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未填称呼）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有亲属。点“添加其他亲属”，或从家庭成员中添加。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当地</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您填写的金额。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}按人群定个人缴费标准（{groups}），请先选这位亲属属于哪个人群。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库里没有{region} {year} 年度的标准，请按当地公布的金额填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是全国最低标准，不是{region}的数：政策库还没有 {year} 年度的标准，先按 {figure_year} 年度的全国最低标准 {amount} 填写〔{tag}〕。请填写{region}公布的金额。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是全国最低标准（{year} 年度 {amount}〔{tag}〕），不是{region}的数。请填写{region}公布的金额。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库还没有 {year} 年度的标准，先按 {figure_year} 年度的 {amount} 填写〔{tag}〕，请改成当地公布的金额。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库：{region} {year} 年度{group}个人缴费 {amount}〔{tag}〕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库：{region} {year} 年度个人缴费 {amount}〔{tag}〕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 这个数未经证实，以当地医保部门公布为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不知道当地的缴费期，请按当地公布的日期填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您填写的缴费期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按通常月份估计〔{tag}〕，请以当地公布的日期为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库：{region}公布的缴费期〔{tag}〕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>居民医保个人缴费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写称呼或姓名，例如“妈妈”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截止日期不能早于开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请至少添加一位要代缴的亲属。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>还有 {n} 天</source>
        <extracomment>how often the monitor looks again while the app runs (the date may have changed) notices listed one by one in a notification; the rest are counted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已过期 {n} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{due}（{left}）{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>医保期限提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>……还有 {n} 个，请打开概览查看</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有 {n} 个医保期限需要注意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>医保个人助手</source>
        <extracomment>the notices just shown (a list of :class:`~yibao.services.reminders.Notice`)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开医保个人助手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出到日历</source>
        <extracomment>rows shown; the rest are counted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日历文件 (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>医保期限.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 {n} 个期限到 {path}。在手机或电脑的日历里导入这个文件，每个期限前 {lead} 天和当天上午 9 点会提醒；再次导入会更新，不会重复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入文件“{path}”，请换一个文件夹再试。（{why}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>该办哪种备案、怎么办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>点“保存为事项”，清单会保存到“我的事项”，可以逐项勾选、导出 PDF 或打印。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备案方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在整理…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>模拟结果</source>
        <extracomment>columns shown only in one mode</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>想换顺序，选中一行点“上移”“下移”，结果马上重算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每位亲属的结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mode} · {year} 年度 · {day} 办理 · 余额 {balance}，现在可用 {usable}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人缴费标准{group}：{amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>〔〕里是依据的可信程度和地区。未经证实或二手资料的规定，以当地医保部门公布为准；以后的划入是按您填的每月划入估算的。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>能不能办、什么时候办、能拿回多少</source>
        <extracomment>marks that every CJK font has (emoji-like symbols render as empty boxes on some systems)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>判断结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本地修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最早 {date} 可以去申请。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现在就可以去申请。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您可以这样做</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>〔〕里是依据的可信程度和地区。未经证实或二手资料的规定，以当地医保部门公布为准；可以在“政策参数”页面按当地规定修改。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioPage</name>
    <message>
        <source>您遇到的是哪种情况？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工医保个人账户里的钱一般不能直接取现。下面这些情况可以一次性领取、继承或退费。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情况</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>设置</source>
        <extracomment>English is wired end to end (translator, Qt&apos;s own strings, restart) but most strings are not translated yet, so the choice says so.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据保存位置、备份与恢复、期限提醒、字体大小和界面语言。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据文件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日志文件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据只保存在这台电脑上，只有当前系统用户可以读取；软件不联网。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份与恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存备份到文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从文件恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已有的备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每次升级数据格式前都会自动备份。恢复时，当前数据会先另存一份备份，不会丢失。换电脑前，用“保存备份到文件…”把备份存到 U 盘或网盘（可以设密码），在新电脑上用“从文件恢复…”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标准字号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>大字模式（适合老年人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字体大小：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>医保个人助手 {v}。政策数值仅供参考，以当地医保部门公布为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提前提醒天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提前提醒：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限前这么多天、前一天和当天各提醒一次；导出的日历也按这个天数提醒。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>概览列出的期限范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>概览列出：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>概览页列出这么多天之内的期限（已过期的也列出）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>安静模式：不弹出通知（概览页仍列出期限）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通知显示在系统托盘（任务栏通知区）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这台电脑没有系统托盘，通知显示在窗口底部的状态栏。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>软件没有运行时不会提醒；想在软件关着时也收到提醒，请把期限导出到手机或电脑的日历。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录电脑后自动在后台启动，检查期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出全部期限到日历…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个系统不支持开机自动启动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>默认关闭。打开后，每次登录电脑时软件会最小化启动，只在期限快到时提醒您；关闭这个选项就删除启动项。启动项位置：{where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法修改开机启动：{err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手动备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>升级前自动备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复前自动备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}&#x3000;{reason}&#x3000;{size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已备份到：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用所选备份替换当前数据？当前数据会先自动另存一份备份，之后仍可恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已从备份恢复：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存到 {path}（已加密，恢复时要输入密码）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存到 {path}（没有设密码，请妥善保管这个文件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从文件恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用“{name}”替换当前数据？当前数据会先自动另存一份备份，之后仍可恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已从文件恢复：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在检查备份文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法保存设置：{err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新启动软件后生效</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <source>怎么办：步骤、材料和常见问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>任选一种渠道办理即可。手机办不了的，可以到窗口请工作人员帮忙。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理步骤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下面是给{names}办理的方法。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这次选的亲属都已经记录过共济，不用重复办理；可以在“家庭成员”页面的家庭共济列表中查看或修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这次选的亲属都暂时不能办理（原因和解决办法见上一页）。下面的常见问题也许能帮上忙；条件满足后可以再来。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>确认信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>点击“完成”保存。以后可以在“家庭成员”页面随时修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名：{v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别：{v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生日期：{v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号：{v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保类型：{v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保地：{v}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreatedPage</name>
    <message>
        <source>看病和付费的情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报销和补办备案的期限从这些日期算起。记不清的，看发票或出院记录上的日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始看病（急诊、入院）的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始看病（急诊、入院）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>住了院</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>医院没能直接用医保结算，费用全部自己付了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出院或结清费用的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出院（结清费用）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部自己付了钱的，回到参保地可以申请“手工报销”，下一步会列出要带的材料和截止日期。医院已经直接结算的，不用勾选。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictsPage</name>
    <message>
        <source>能不能办：逐条检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每一条都写明了依据和可信程度；“未经证实”的请以当地医保部门公布为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可以办理：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已记录，不用重复办理：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂时不能办理：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按 {date} 的政策，共济人：{giver}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>欢迎使用医保个人助手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先花一分钟告诉我您的基本情况，之后的计算和清单都会按您的参保地来。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>医保个人助手可以帮您：
• 记下全家人的参保情况和缴费记录；
• 查看每个数字的政策依据和可信程度；
• 办理家庭共济、代缴、异地就医备案、个人账户返还之前先模拟一遍，并给出去窗口要带的材料清单。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>隐私：本软件完全离线运行，不联网、不上传任何数据。所有信息只保存在这台电脑上，身份证号可以不填，填写后在界面中也会部分隐藏。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WherePage</name>
    <message>
        <source>谁去外地看病，去哪里</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保地和险种会从家庭成员资料中带出；就医地选要去看病或生活的城市。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有设置个人信息和家庭成员。可以先在“概览”中设置，也可以直接在下面选择参保地和险种继续。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不指定成员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为谁办理：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保类型：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保地</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保地：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就医地</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就医地（市）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就医地：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选好两个城市后，这里会显示是省内还是跨省。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保地和就医地是同一个城市，不需要异地备案。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>省内异地就医（同一个省的不同城市）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>跨省异地就医：{a} → {b}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择参保地（省和市）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择就医地（省和市）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhoPaysDialog</name>
    <message>
        <source>谁来付钱？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}看病买药时，个人自付的部分可以用个人账户付。输入这笔钱和各个账户的余额，看看按规定的顺序谁付多少。这只是估算，实际以医院、药店结算为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如 300</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这次要付的钱（元） *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如 120</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}本人个人账户余额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}没有个人账户（例如参加居民医保），只看共济人的账户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共济人{name}的余额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（须留 {amount}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}目前没有“已办理”的共济，只能用本人的账户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计算结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>付后余额 {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（余额相同，按姓名排序：未经证实）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（一次结算只能用一名共济人的账户，这次不用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这次 {bill}：个人账户付 {accounts}，另付 {cash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库中没有扣款顺序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>扣款顺序：{rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有多个共济人时，这里先用余额多的账户来估算；余额一样时谁先付，以医保系统为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个顺序未经证实，以当地医保部门公布为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}规定：一次结算只能使用一名共济人的账户，不够的部分要另付。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>山西等地规定个人账户要留一定金额，超过的部分才可以共济。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <source>为什么要去外地看病</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选最接近的一项，我会告诉您该办哪种备案、为什么。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>长期在外地</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>临时去外地看病</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户口已经（或将要）迁到就医地</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户口已迁到就医地</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已经看过病了（现在要补办备案或回来报销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已经看过病</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已经定了出发（开始看病）的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已经看过病的：下一步填写看病的日期和付费情况。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始日期已经过去了：已经在外地看过病的，请勾选“已经看过病了”，我会告诉您怎么补办备案、怎么回来报销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没出发的：办好备案再去，在外地看病就能直接刷医保结算。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearlyChart</name>
    <message>
        <source>每年缴费（元；深蓝为个人，浅蓝为单位）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_LazyChart</name>
    <message>
        <source>还没有数据</source>
        <extracomment>(month index since year 0, balance) – past and projected points</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>请输入身份证号</source>
        <extracomment>港澳台居民居住证: province prefix → the fixed 6-digit address code used on the permit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号应为 18 位，现在是 {n} 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号应为 18 位，现在是 15 位。旧的 15 位身份证号不能使用，请填写现在的 18 位号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号第 {position} 位“{char}”无效：身份证号只能由数字组成，最后一位可以是 X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号前两位“{prefix}”不是有效的省份代码，请核对前两位数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号中的出生日期 {date} 不存在，请核对第 7–14 位数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号中的出生日期 {date} 晚于今天，请核对第 7–14 位数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号中的出生年份 {year} 早于 1900 年，请核对第 7–10 位数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号校验位不正确，请核对是否有输错的数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号前六位“{county}”不在行政区划代码表中，请核对；如果证件上确实如此，可以继续</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入金额</source>
        <extracomment>zero yuan with two places, the start of every sum Anything typed above this (one hundred million yuan) is taken to be a typing mistake.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”不是有效的金额，请只输入数字和小数点，例如 364.52</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额中只能有一个小数点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额中的千位分隔符（逗号）位置不对，例如应写作 1,234.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额最多只能有 {places} 位小数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额只能是整数，不能有小数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额不能是负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额过大（超过 1 亿元），请检查是否多输了数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额必须是一个具体的数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”不是有效的年月，请写成 2024-05 或 2024年5月 的样子</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年月 {text} 超出范围（1950年至2100年）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已缴</source>
        <extracomment>a month is never longer than &quot;2024年05月01日&quot; and some spaces</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补缴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>欠缴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代缴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>看病买药</source>
        <extracomment>schemes whose months count towards 职工医保 years at retirement</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>长护险扣缴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代缴/共济支出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他扣减</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>配偶</source>
        <extracomment>Who may apply in each scenario (seed 000: employer cases and individuals; heirs inherit).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>父母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>子女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>兄弟姐妹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>祖父母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>外祖父母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>孙子女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>外孙子女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工医保（在职）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工医保（退休）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>灵活就业（统账结合）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>灵活就业（单建统筹）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>城乡居民医保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未参保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库中没有“{label}”（{key}）在 {date} 适用于{region}的取值，请在政策页面补充或本地修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策文件 {file} 中的参数 {parameter} 有误：{problem}</source>
        <extracomment>a value of this string ends a series at that level</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策文件 {file} 有误：{problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>官方文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>权威媒体报道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>二手资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未经证实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列表中有空项，请检查分隔符</source>
        <extracomment>units whose values are fractions shown ×100 with a suffix</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入“是”或“否”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入有效日期，例如 2025-01-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入整数，例如 {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入数字，例如 {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}”不是可选值，可选：{choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{part}”的格式应为 字段=值，多个字段用分号分隔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知字段“{name}”，可用字段：{fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字段“{name}”重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字段“{name}”：{problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺少字段“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数字，例如 400 或 0.02</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整数，例如 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是 / 否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期，例如 2025-12-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>多项用逗号分隔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称=值，多项用分号分隔，例如 start=2025-09-01; end=2025-12-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每组用竖线 | 分隔，组内同上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已解除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代缴居民医保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>异地就医备案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人账户返还</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进行中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已办完</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先确认</source>
        <extracomment>Known sections in display order, with their headings (files may add their own).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理步骤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>需要填写的信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>需要准备的材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报销与费用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办完以后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>注意事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清单文件 {file} 中的条目 {item} 有误：{problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清单文件 {file} 有误：{problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scheme}没有个人账户，不划入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有缴费基数，无法计算划入金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库中没有当地退休人员每月划入的定额，无法计算；请在政策页面本地修改补充</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库中没有当地的划入规则，无法计算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>符合</source>
        <extracomment>``Binding.ended_reason`` of bindings this module dissolved (the overview lists them). How long an automatic dissolution stays on the overview.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不符合</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>注意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可以办理</source>
        <extracomment>the same giver and relative are already recorded: nothing to do, nothing wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂时不能办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}时{region}还没有职工医保个人账户家庭共济的规定（2021年起各地陆续实行）</source>
        <extracomment>cross-province: done through the 医保钱包 共济额度</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择更晚的日期，或在政策页面补充当地规定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}目前没有正常参保（{scheme}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共济人要在职工医保正常参保、个人账户里有钱。若信息有误，请在家庭成员页面修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}参加的是城乡居民医保，居民医保没有个人账户，不能作为共济人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可以请家里参加职工医保（有个人账户）的人作为共济人，给{name}共济</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}是灵活就业“单建统筹”（一档），只交统筹基金，没有个人账户，不能作为共济人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如想用个人账户共济，可以向当地医保经办机构咨询能否改为“统账结合”（二档）参保；或请家里其他有个人账户的人作为共济人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}参加{scheme}，有个人账户，可以作为共济人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}没有填写参保地，查不到当地的家庭共济规定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请在家庭成员页面为{name}补充参保地（省份和城市）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relative}是{giver}的{relation}，在可以共济的亲属范围内（{scope}，自{since}起）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relative}是{giver}的{relation}，不在{date}时可以共济的亲属范围内（只限{scope}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>国办发〔2024〕38号自2024年7月26日起把范围扩大到近亲属（含兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女），但当地规定可能更窄；可以请{relative}的配偶、父母或子女中有个人账户的人共济</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relative}与{giver}不是近亲属（例如配偶的父母、兄弟姐妹的子女），不能共济</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可以请{relative}的配偶、父母、子女等近亲属中有个人账户的人作为共济人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从家庭成员的关系中看不出{relative}是{giver}的什么人，无法判断是否属于近亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请由您本人作为共济人，或在家庭成员页面核对关系后再试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relative}目前没有参加基本医疗保险（{scheme}），共济要求亲属本人已参保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先为{relative}参加城乡居民医保（一般每年9月至12月集中缴费）或职工医保，参保后再办理共济；居民医保个人缴费也可以在绑定后用共济人的个人账户代缴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relative}已参加{kind}（{scheme}），可以被共济（{allowed}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relative}参加的是{kind}，当地规定被共济亲属须参加{allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请向当地医保经办机构确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relative}已参加{kind}；政策库中没有{date}时被共济亲属可参加哪些险种的规定，以当地医保部门公布为准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relative}没有填写参保地，无法判断两人是否在同一统筹区或同一省</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两人都在{region}参保（同一统筹区），可以共济（{policy_region}{date}时的范围：{reach}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两人在同一省的不同统筹区（{giver_region} / {relative_region}），{policy_region}{date}时支持{reach}共济（自{since}起）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两人不在同一统筹区（{giver_region} / {relative_region}），{policy_region}{date}时只支持{reach}共济</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2024年12月起各省已普遍实现省内跨统筹区共济；可选择更晚的日期重新检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两人不在同一省（{giver_region} / {relative_region}），{policy_region}{date}时支持跨省共济，要通过国家医保服务平台APP的“医保钱包”设置共济额度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两人不在同一省（{giver_region} / {relative_region}）；{date}时可以通过国家医保服务平台APP的“医保钱包”跨省共济（自{since}起）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两人不在同一省（{giver_region} / {relative_region}），{policy_region}规定个人账户{date}时只能{reach}共济，不能给外省参保的亲属用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可以请{relative}参保地所在省、有个人账户的近亲属作为共济人；或留意当地是否开放跨省共济</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relative}的参保地{relative_region}按{policy_region}的规定{date}时只支持{reach}共济，这边可能也有限制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理前请向两地医保部门确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relative}已经由{other}授权共济（{status}）；{policy_region}规定每名亲属同一时间只能有一名授权人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如果要改由{giver}共济，请先解除{other}与{relative}的共济，再重新办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{policy_region}规定每名亲属同一时间只能有一名授权人；{relative}目前没有其他授权人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relative}已经由{other}授权共济（{status}）；按{policy_region}{date}时的规定，一名亲属可以被多人授权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relative}已经由{other}授权共济（{status}）；政策库中没有能否再由第二人授权的规定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理前请向当地医保经办机构确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已经记录了{giver}给{relative}的共济（{status}），不用重复办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可以在“家庭成员”页面的家庭共济列表中查看或修改这条记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{policy_region}规定：个人账户余额超过{threshold}的部分才可以共济</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{policy_region}规定：个人账户余额超过{threshold}的部分才可以共济；按您填写的余额{balance}，现在可共济{usable}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可以先办理绑定；等余额超过{threshold}后，超出的部分就能给亲属用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按您填写的余额（{balance}），{giver}的个人账户现在没有钱可以共济</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可以先办理绑定，等每月划入后再用；余额可在国家医保服务平台APP查询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>跨省共济用的是医保钱包里的“共济额度”：转入额度的钱{giver}本人不能再用，解除绑定后没用完的额度退回个人账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共济人{giver}的职工医保个人账户已不可用（现在：{scheme}）</source>
        <extracomment>produced by this reconciliation (not an earlier one still shown)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relative}的基本医疗保险已终止（现在：{scheme}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共济人{giver}的参保地由{old}变为{new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relative}的参保地由{old}变为{new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动解除：{changes}（{date}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{giver}给{relative}的家庭共济已自动解除：{changes}。按国家规定，任一方参保终止或转移统筹区时共济关系自动解除；如仍需共济，请重新办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{giver}给{relative}的家庭共济：{changes}。{date}时当地是否自动解除没有明确规定，请在国家医保服务平台APP中查看共济状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划中的{giver}给{relative}的家庭共济：{changes}。办理前请重新检查是否符合条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动解除：{name}于{date}去世</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}于{date}去世，{giver}给{relative}的家庭共济已自动解除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{giver}给{relative}的家庭共济已于{date}{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人个人账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共济人个人账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自己另付（现金、微信、支付宝等）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统账结合（有个人账户）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单建统筹（无个人账户）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当地统一比例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”不是有效的缴费比例，请按百分数填写，如 8 或 8%</source>
        <extracomment>the book&apos;s rate the quote uses; ``None`` when the user typed the rate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费比例 {text} 不在 0% 到 30% 之间，请按当地公布的百分数填写（如 8%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>费款所属期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属期止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>险种</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费基数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人缴费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位缴费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>划入个人账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人缴费划入个人账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位缴费划入个人账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代缴人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待遇年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年月不对：{detail}</source>
        <extracomment>Our own export template, in column order (import reads it back).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺少费款所属期（缴费年月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额不能是负数：{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额不对：{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人缴费和单位缴费都是空的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不认识的险种“{text}”，请写 职工医保、灵活就业、居民医保 之一（或跳过这一行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不认识的缴费状态“{text}”，请写 已缴、补缴 或 欠缴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不认识的缴费方“{text}”，请写 本人、单位 或 代缴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代缴人“{text}”不是家庭成员，请先在家庭成员中添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”不是家庭成员（或有重名），请先在家庭成员中添加，或删掉这一列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代缴人不能是本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待遇年度“{text}”不对，请写 4 位年份，如 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期“{text}”不对，请写成 2025-01-15 的样子</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这一行包含 {first} 至 {last} 多个月，职工医保请每个月一行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} {scheme}在文件中重复（第 {other} 行已有），这一行不会导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} {scheme}已有记录（{what}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件中没有“{label}”这一列，请在上方指定哪一列是它</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件中没有“个人缴费”或“单位缴费”列，请在上方指定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件里没有数据行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件是空的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额过大：{text}（超过 1 亿元），请检查是否多输了数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {line} 行读不出来（格子内容太长，或引号没有配对），请检查这个文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法按 {encoding} 读取这个文件（第 {line} 行附近），请换一种编码试试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>认不出文件的编码，请手动选择（Excel 保存的 CSV 一般是 GB18030/GBK）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>示例：请改成您自己的记录，或删掉这一行</source>
        <extracomment>data rows read (valid or not) columns of :func:`record_cells` holding free text (names, source, note) the example row of :func:`template_csv` (成员 empty: the member chosen in the dialog)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取这个 Excel 文件（{detail}）；请确认是 .xlsx 格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 文件第 {line} 行附近有无法读取的内容，请在 Excel 中打开这个文件、另存一份后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 文件第 {line} 行“{column}”列有无法读取的内容，请在 Excel 中打开这个文件、另存一份后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解压后超过 {max} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容超过 {max} 个单元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表太多</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文字内容解压后超过 {max} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>样式等附加内容太多</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {n} 列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容太长（超过 {max} 个字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逗号 ,</source>
        <extracomment>(codec name, label shown to the user) (delimiter, label shown to the user)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分号 ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>制表符 Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”不是金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>长期备案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>临时备案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>异地安置退休</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>异地长期居住</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>常驻异地工作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>异地转诊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>急诊抢救</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他临时外出就医</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退休后到外地定居（例如去子女所在城市养老）</source>
        <extracomment>the bill and the home ratio of the worked example in the explanation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在外地长期居住、生活（还没退休，或不落户）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位派我到外地长期工作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本地医院开了转诊，要去外地医院看病</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在外地突发急病、急诊或抢救</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出差、旅游、探亲时看病，或自己想去外地看病</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择地区（“{code}”不是有效的统筹区）</source>
        <extracomment>SETTLE: the household registration (户口) moved to the destination long-term: has a 居住证 (residence permit) at the destination the care already happened (an emergency, or a trip) — file afterwards / claim paid everything at the hospital (no direct settlement) → 手工报销 back home treated as an in-patient (住院); decides the 病历 items of the claim planned start of care or of living there; for care that happened: its first day discharge or the day the bill was paid (the claim&apos;s time limit runs from it) the region whose rule this is (``泸州市``), or ``全国`` nothing in the policy book: shown as 未收录 / 以当地为准 the deadline to plan for (shortest limit, moved back to a working day) the shortest and longest limits in the book, for the explanation typical review and payout time once the file is complete (working days), if known the deadline was counted beyond the holiday data (weekends only) why this type (translatable template + params) the last day a temporary filing lasts at least (from ``start``), else ``None`` filing after the emergency, if the region allows it (else a note saying it&apos;s unknown) the 参保地&apos;s own rule for a temporary filing&apos;s ratio (``offsite.temporary.cuts``)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就医地和参保地都是{name}，在参保的统筹区内看病不用办理异地就医备案。如果要去的是同省的其他城市，请选那个城市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写开始看病（住院）的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已经看过病的话，开始日期不能晚于今天（{today}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期太早了（早于 {earliest}），请检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写出院或结清费用的日期，报销期限从这一天算起</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出院（结算）日期不能早于开始日期 {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出院（结算）日期不能晚于今天（{today}）；还没出院的话，请出院后再来填写报销部分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您已退休，准备到{dest}长期定居，属于“异地安置退休”。户口已迁过去的用户口簿办理；户口没迁的，多数地区可以用居住证或《异地长期居住承诺书》办理（个别地区要求改按“异地长期居住”备案，材料基本相同）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“异地安置退休”只适用于已经退休的人。您还没有办理退休，到{dest}长期生活按“异地长期居住”备案；退休以后可以申请变更。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您要在{dest}长期居住、生活，按“异地长期居住”备案，备案后长期有效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位派您到{dest}长期工作，按“常驻异地工作”备案，一般需要单位出具派驻证明（部分地区可用个人承诺代替）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“常驻异地工作”用于单位派驻外地的职工医保参保人。您参加的是{scheme}，到{dest}长期生活一般按“异地长期居住”备案。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保地的定点医院因病情需要把您转到{dest}的医院，属于“异地转诊”（临时备案），需要医院开具的转诊证明。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在{dest}突发疾病需要急诊、抢救，属于“急诊抢救”（临时备案）。来不及先备案的，看参保地是否允许事后补办。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出差、旅游、探亲时看病，或自己想去{dest}看病，属于“其他临时外出就医”（临时备案），一般不需要证明材料，但报销比例可能比转诊、急诊降得更多。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule}。参保关系转移或中断（例如换了统筹区参保）后，原备案一般随之失效，需要重新办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>临时备案原则上至少 {months} 个月有效（从备案开始日期算），期满后还要看病的需要重新备案；具体到期日以备案回执为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}规定转诊备案最长 {months} 个月有效，到期后还需要治疗的，请再开转诊证明重新备案。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库中没有{region}的备案有效期规定，请以备案回执为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>长期备案后在{dest}看病，按参保地（{insured}）的起付线、报销比例和最高支付限额结算，不因“异地”而降低比例。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备案有效期内回{insured}看病，也可以照常用医保结算（双向享受待遇）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type}属于临时外出就医，报销比例可能比在{insured}看病低，但最多低 {points} 个百分点（例如本地报 80% 的，最低按 {floor}% 报）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}规定：{type}在外地看病，报销比例比在{insured}看病低 {value} 个百分点。例如在{insured}报 {home}% 的费用，在外地按 {home}% − {value} 个百分点 = {result}% 报：{bill} 元的合规费用报 {paid} 元（起付线、最高支付限额另计）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}规定：{type}在外地看病，合规费用先由个人自付 {value}%，其余部分再按{insured}的比例报销。例如在{insured}报 {home}% 的费用：{bill} 元先自付 {first} 元，剩下的 {rest} 元按 {home}% 报 {paid} 元，相当于整笔费用报 {result}%（起付线、最高支付限额另计）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}规定：{type}在外地看病，报销比例按在{insured}的比例乘以 {value}%。例如在{insured}报 {home}% 的费用，在外地按 {home}% × {value}% = {result}% 报：{bill} 元的合规费用报 {paid} 元（起付线、最高支付限额另计）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}规定：{type}在外地看病，报销比例与在{insured}看病相同，不因临时外出而降低（例如在{insured}报 {home}% 的，在外地也报 {home}%）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>临时外出就医的报销比例可能比在参保地低；政策库中没有降幅的规定，以当地为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}在省内异地就医另有分段报销比例：{bands}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不备案的话：在外地看病一般不能直接刷医保结算，要先全部自己垫付，回参保地手工报销，报销比例可能更低，甚至不予报销（各地不同，以当地为准）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}允许急诊抢救在就医后补办备案，期限是急诊之日起 {days} 天内（即 {by} 前）。补办后，符合规定的费用可按异地就医结算或报销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}允许急诊抢救在就医后补办备案；政策库中没有补办期限，请尽快办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}的规定中急诊抢救不能事后补办备案；已经自己垫付的费用请按手工报销办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库中没有{region}能否事后补办急诊备案、期限多长的规定（例如广东是急诊后 10 天内）。请尽快打电话问参保地医保经办机构；补办规则由参保地决定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手工报销的申请时限各地不同，最短 {shortest} 个月、最长到{longest}。按最短的 {shortest} 个月算，请在 {deadline} 前把材料交到参保地医保经办机构；{region}如有更长的期限，以当地规定为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库中没有{region}手工报销的申请时限。请尽早（最好在出院后几个月内）提交，并向参保地医保经办机构确认期限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部分地区材料齐全后约 {days} 个工作日内审核并拨付；若 {date} 交齐材料，大约在 {paid} 前到账（按法定节假日推算）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部分地区材料齐全后约 {days} 个工作日内审核并拨付；若 {date} 交齐材料，大约在 {paid} 前到账（{year} 年的法定节假日还没有收录，只按周末推算，可能再晚几天）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>想变更或取消备案：一般可以在办理备案的同一渠道申请；有的地区规定长期备案办理后一段时间内不能变更或取消。这部分规定未经证实，请以当地为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{insured}和{dest}在同一个省，属于省内异地就医；不少省份省内异地已免备案，可以先在当地医保 APP 查一查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全国</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出发（开始就医）前办好备案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>急诊补办备案截止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手工报销材料提交截止（按最短时限）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>临时备案到期（如仍需就医请续办）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库</source>
        <extracomment>How far ahead the simulation looks when no collection period ends it (and for the &quot;when would the balance cover it&quot; hint after a deadline).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本地修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您填写的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费时直接从个人账户扣</source>
        <extracomment>the value&apos;s last day (``None`` while open-ended) and its source&apos;s 核验日期 the national minimum stands in for a local figure the book lacks an earlier benefit year&apos;s figure offered for this one (``None``: the year&apos;s own) the group a by-group figure is for (北京: 老年人 …)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先缴后返</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>医保钱包共济额度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>给亲属缴居民医保时，直接从您的个人账户扣钱（如山东税务“家庭共济缴费”）。亲属不用先垫钱。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲属先自己把居民医保费缴上，您再申请从个人账户把这笔钱返还到银行卡（如河南：申请成功后次月到账）。亲属要先准备好现金。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在国家医保服务平台“医保钱包”里给亲属设一笔共济额度，用额度给亲属缴费。额度里的钱您自己不能用，解除绑定后没用完的会退回。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现在可以代缴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>稍后可以代缴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截止前余额不够</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能用个人账户代缴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人不用缴费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>绑定后可代缴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待代缴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已代缴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已自行缴费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未申报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已申报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申报成功</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已返还</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>失败，修改后重新提交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可共济的余额起点</source>
        <extracomment>only the balance above this is usable (Shanxi 1,000); ``None`` = no threshold relations the account may pay for (Relation labels); ``None`` = not recorded 统筹区内 / 省内跨统筹区 / 跨省; ``None`` = not recorded policy key → where the value came from</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按月</source>
        <extracomment>rule attribute ← policy key, and the Python type the value must have keys :func:`rules_from_book` reads (for tests and the &quot;依据&quot; list)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>长护险</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} 划入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>余额不能是负数</source>
        <extracomment>the standard individual contribution for the benefit year in the relative&apos;s region share of the contribution the relative pays (资助参保: 0 = fully subsidised) 特困人员 / 低保对象 / 孤儿 …; empty = not a subsidised group the subsidised contribution is paid through a special channel (民政/税务), not by 代缴 家庭共济 binding done (``None``: not known; ad-hoc relatives) the contribution group used for the amount (北京: 老年人 …); empty: uniform standard answered &quot;in-school student?&quot; for regions with a student-only group (``None``: not asked) the day the balance was read; events up to this day are already in it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请至少添加一位要代缴的亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写第 {n} 位亲属的称呼或姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 的缴费金额不能是负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 的个人负担比例应在 0% 到 100% 之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待遇年度应在 {first} 到 {last} 年之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>余额起点不能是负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>余额日期不能晚于计划办理日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现在可用余额 {usable} 够缴 {amount}，代缴后账户余额 {after}。</source>
        <extracomment>conditions to meet first (binding …); they do not change the verdict the credit that makes a LATER payment possible for SHORT: when the projected balance would cover it (after the deadline), if ever money the family pays itself and does not get back (SHORT, NOT_ELIGIBLE) 先缴后返: the relative pays this first … … and it comes back to the bank card in this month (first day of the month) 医保钱包: quota to put in for this relative the day &quot;now&quot; means: the plan date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现在可用余额不够；{month} 的划入到账后（约 {day}）就够了，代缴后账户余额 {after}；在截止日 {deadline} 之前。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现在可用余额不够；{month} 的划入到账后（约 {day}）就够了，代缴后账户余额 {after}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>征缴期 {start} 才开始，到时余额够缴 {amount}，代缴后账户余额 {after}；截止日 {deadline}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截止日 {deadline} 之前可用余额不够缴 {amount}；按预计的每月划入，要到 {month} 的划入到账后（约 {day}）才够，已经晚了。请在截止日前自己缴这 {amount}（现金、银行卡或微信支付宝）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截止日 {deadline} 之前可用余额不够缴 {amount}；按预计的划入，{until} 之前也不够。请在截止日前自己缴这 {amount}（现金、银行卡或微信支付宝）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按预计的划入，{until} 之前可用余额都不够缴 {amount}。请自己缴费，或多填几个月的划入再算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先缴后返：{name}先自己缴 {amount}；您申请成功后，约 {month} 返还到银行卡。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先缴后返：{name}先自己缴 {amount}；您申请成功后返还到银行卡，到账月份请向当地确认。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>医保钱包：{day} 给{name}设共济额度 {amount}，用额度缴费。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group}个人不用缴费（由政府全额资助），不需要代缴。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新生儿一般在出生后通过专门渠道办理参保缴费，不能用个人账户代缴，请按当地新生儿参保办法办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group}的个人缴费部分通过专门渠道缴纳，不能用个人账户代缴；请按当地资助参保的办法缴 {amount}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本地区个人账户只能为{scope}代缴，{relation}不在范围内；请亲属自己缴 {amount}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本地区只能在同一统筹区内共济，{name}的参保地（{region}）不同；请亲属自己缴 {amount}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本地区只能在省内共济，{name}的参保地（{region}）在外省；请亲属自己缴 {amount}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本地区只能代缴当年的居民医保费，不能代缴 {year} 年度（补缴往年）；请亲属自己按补缴办法办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} 年度的征缴期 {end} 已经结束，过了缴费期不能再代缴；补缴要按当地办法办理，并可能有待遇等待期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先在医保 APP 或窗口办好与{name}的家庭共济绑定，才能代缴。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请确认已经办好与{name}的家庭共济绑定；没绑定的要先绑定才能代缴。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}{year} 年度的征缴期按通常月份估计为 {start} 至 {end}，请以当地公布的日期为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不知道{name}参保地 {year} 年度的征缴期，没有按截止日计算；请向当地确认缴费截止日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库记录本地区不支持“{mode}”这种方式，请换一种方式或向当地医保部门确认。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库里没有本地区是否支持“{mode}”的记录。本模拟照常计算，办理前请先向当地医保部门或医保 APP 确认。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本地区个人账户余额只有超过 {threshold} 的部分才能用于家庭共济：现在余额 {balance}，可用 {usable}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有余额起点的限制：现在余额 {balance} 全部可以用来代缴。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>征缴期还没开始：{name}最早 {start} 才能缴。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先缴后返：亲属先自己缴费，共需准备现金 {cash}；您申请成功后，钱在 {lag} 个月后的那个月返还到银行卡。每笔的状态：已申报 → 申报成功 → 已返还。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先缴后返：亲属先自己缴费，共需准备现金 {cash}；政策库中没有本地区的返还到账时间，请向当地确认。每笔的状态：已申报 → 申报成功 → 已返还。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可以查询返还进度；发放失败时（如银行卡信息有误）改正后重新提交即可。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>返还申请的截止时间政策库中没有记录，本模拟按缴费期截止日估算，请以当地为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>医保钱包：现在设共济额度 {quota}。额度里的钱只能给亲属用，您自己不能用；解除绑定后，没用完的额度退回您的个人账户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} 前后（{month} 划入到账后）再加额度 {amount}，给{names}缴费。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用个人账户代缴的费用，部分地区税务部门查不到入库记录，开不出缴费凭证或发票；需要凭证的，请保存医保 APP 里的代缴记录截图。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代缴后可以申请撤销（如“河南医保”小程序的“职工个账代缴居民医保费撤销”）；退款一般通过当地医保公众号或小程序实名申请，上传身份证和缴费凭证。具体条件以当地为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>能否撤销代缴、怎样退款，政策库中没有本地区的记录；一般是通过当地医保公众号或小程序实名申请，上传身份证和缴费凭证。请先确认金额和亲属无误再缴。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本地区只能代缴当年的居民医保费，并且要在缴费期内办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已计入账户每期要扣的{labels}（共 {total}，截至 {until}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新生儿和通过专门渠道缴费的资助参保人员（特困、低保等）一般不能用个人账户代缴，按当地专门渠道办理（此说法未经证实，以当地为准）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} 位亲属现在都可以用个人账户代缴，共 {total}；缴完后账户余额 {after}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}现在可以用个人账户代缴 {total}；缴完后账户余额 {after}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现在可以代缴：{names}，共 {total}；缴完后账户余额 {after}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现在可用余额 {usable}，还不够给任何一位亲属代缴。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}：{month} 的划入到账后可以代缴（约 {day}），早于截止日 {deadline}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}：{month} 的划入到账后可以代缴（约 {day}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}：征缴期开始（{day}）后可以代缴，截止日 {deadline}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}：截止日 {deadline} 前余额不够，需要自己准备 {amount}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}：截止日 {deadline} 前余额不够（按预计要到 {month} 的划入后才够），需要自己准备 {amount}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}：不能用个人账户代缴，需要自己缴 {amount}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人账户之外，全家还需要准备 {cash}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按预计的划入，{day} 前后所有亲属都能缴上，赶得上截止日 {deadline}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>扣缴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为{name}代缴 {year} 年度居民医保 {amount}（{when}；截止 {deadline}）</source>
        <extracomment>checklist id in ``resources/checklists/proxy_payment.toml`` section of the per-relative payment items: they follow the checklist&apos;s own steps</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用医保钱包共济额度为{name}缴 {year} 年度居民医保 {amount}（{when}；截止 {deadline}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}自己缴 {year} 年度居民医保 {amount}（截止 {deadline}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}先自己缴 {year} 年度居民医保 {amount}，保存缴费凭证（截止 {deadline}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为{name}申请从个人账户返还 {amount}（{when}）——已申报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}的返还申报成功</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}的 {amount} 已返还到银行卡（预计 {month}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现在就可以</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} 划入到账后，约 {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>征缴期开始后，{day} 起</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如果显示“失败”，按提示修改（如银行卡信息）后重新提交，再回来勾选。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} 年度居民医保缴费截止（{names}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} 划入到账后为{name}代缴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查询{name}的返还是否到账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代缴 {year} 年度居民医保（{names}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以当地为准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} 等 {count} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保人去世，继承人领取余额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出国（境）定居</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离开参保地，个人账户转不走</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>异地安置，参保地一次性支付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重复参保：居民参加了职工医保，退居民医保费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销个人账户代缴（退回代缴的钱）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先缴后返没有到账，更正后重新提交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工医保参保人去世后，个人账户余额可以由继承人依法继承、一次性领取。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保人出国或到境外定居、终止参保后，个人账户余额可以一次性支取。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离开原参保地（统筹区），个人账户无法随医保关系转到新参保地时，有的地方一次性支付余额。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退休后到外地安置（异地安置），部分地区把个人账户余额一次性支付给本人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已经缴了居民医保，后来又参加了职工医保。在居民医保待遇期开始前参加职工医保的，可以停保并退还居民医保个人缴费。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用职工个人账户给亲属代缴了居民医保费，想撤销这笔代缴、把钱退回来。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲属先自己缴了居民医保费，职工申请从个人账户返还（先缴后返），但钱没有发到银行卡，需要更正信息后重新提交。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保人本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>继承人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受委托的代办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他继承人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可以申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>符合条件，但还没到可以申请的时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可能可以，需要先向当地医保部门确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不符合条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按缴费记录推算的余额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您填写的金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按政策库缴费标准估算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额未知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verdict}：{date} 起可以申请</source>
        <extracomment>what else the person can do (when not eligible, not yet, or unsure) facts for ``resources/checklists/refund.toml``</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建议：{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预计金额：{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>到账时间：{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（依据：{title}；{confidence}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（依据：您的本地修改）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写参保终止的日期（去世、出境定居或停保的日期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>去世日期不能晚于今天（{today}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期不能早于 {year} 年，请检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写参加职工医保的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写已缴居民医保费的待遇年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待遇年度应在 {first} 年到 {last} 年之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参加职工医保的日期离 {year} 年度太远，请检查年度或日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{scenario}”不能由{applicant}办理，请改选办理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择继承人与去世者的关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人账户的钱一般不能提现，只有政策规定的几种情形可以一次性支取。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当地规定个人账户余额可以提现。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按{region}的规定，“{case}”可以一次性支取个人账户余额。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库只写了“{case}”：只有部分地区可以，{place}是否可以要向当地确认。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按{region}的规定，可以一次性支取的情形是：{cases}。“{scenario}”不在其中。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库中没有{place}可以一次性支取个人账户的情形，请向当地医保部门确认。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按{region}的规定，个人账户余额可以依法继承。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按{region}的规定，个人账户余额不能继承。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库中没有{place}个人账户能否继承的规定，请向当地医保部门确认。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{scheme}”没有个人账户，没有余额可以支取或继承。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{scheme}”有个人账户，余额可以按规定支取。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{applicant}可以办理“{scenario}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{scenario}”不能由{applicant}办理，可以由{allowed}办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您说个人账户可以转到新参保地。能转移的，余额随医保关系转移接续到新参保地，不一次性支取。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您说个人账户转不到新参保地，这正是可以一次性支取的情形。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还不清楚个人账户能否转到新参保地。能转移的一般随医保关系转移，不一次性支取；请先问清新参保地。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按{region}的规定，终止参保满 {months} 个月后才能申请：参保在 {termination} 终止，{earliest} 起可以申请。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按{region}的规定，终止参保满 {months} 个月后才能申请：参保在 {termination} 终止，从 {earliest} 起已经可以申请。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库中没有{place}终止参保后要等多久才能申请的规定；参保在 {termination} 终止，一般终止后即可申请，以当地为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保要到 {termination} 才终止，终止以后才能申请一次性支取。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保关系终止（停保、减员）以后才能申请一次性支取。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按{region}的规定，{year} 年度居民医保的待遇期从 {start} 开始。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库中没有{place}居民医保待遇期的开始月份，按通常做法从 {start} 开始计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您在 {enrolled} 参加职工医保，早于 {year} 年度居民医保待遇期开始（{start}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您在 {enrolled} 参加职工医保，这时 {year} 年度居民医保的待遇期（{start} 开始）已经开始了。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按{region}的规定，这种情况可以停止居民医保，退还 {year} 年度的居民医保个人缴费。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按{region}的规定，这种情况 {year} 年度的居民医保个人缴费不予退还。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库中没有{place}这种情况能否退费的规定，请向当地医保部门确认。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按{region}的规定，个人账户代缴可以申请撤销（退款）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按{region}的规定，个人账户代缴后不能撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库中没有{place}个人账户代缴能否撤销的规定，请向当地医保部门确认。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代缴的钱是从职工个人账户付出的，撤销后一般退回个人账户，而不是发到银行卡（个人账户一般不能提现）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按{region}的规定，有“先缴后返”：亲属先缴费，职工申请后从个人账户返还到银行卡。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按{region}的规定，没有“先缴后返”这种代缴方式。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库中没有{place}是否有“先缴后返”的规定，请向当地医保部门确认。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按{region}的规定，可以查询返还进度；发放失败的，可以更正信息后重新提交。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按{region}的规定，返还失败后不能重新提交。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库中没有{place}返还失败后能否重新提交的规定，请向当地医保部门确认。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打电话或到参保地医保经办机构窗口问清楚能不能办、要带什么，再去办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保人已去世，请由继承人（或继承人委托的代办人、原单位）办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请由参保人本人办理，或本人委托代办人办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是个人自己缴的钱，单位不能代办；请由本人或本人委托的代办人办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在新参保地参保后，办理医保关系转移接续，个人账户余额随之转入，继续用于看病买药。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>余额不会清零，会一直结转；可以继续用于看病买药，或通过家庭共济给家人用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如果是居民医保和职工医保重复缴费，请选择“重复参保”这一项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以后只缴职工医保即可，不要再缴 {next} 年度的居民医保费；如果已经缴了，在 {next_start} 之前申请，那一年的费用一般可以退。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现在先把材料准备齐，{earliest} 以后再去申请。保存为事项后，这个日期会列在概览页，软件开着时会提前通知；在“我的事项”里点“加入日历…”，手机或电脑的日历也会到时提醒。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先办理停保（单位职工由单位办理减员），参保终止以后再申请。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>带上身份证和正确的银行卡，到参保地医保经办机构窗口问清楚如何更正。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参保人死亡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离开统筹区且个人账户无法转移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>异地安置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人账户余额约 {amount}（{basis}）；实际金额以经办机构核定为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人账户余额约 {amount}（{basis}）；实际金额以经办机构核定为准。单位办理的，钱可能先付到单位账户，请约定好何时转给本人或继承人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不知道余额：可以在国家医保服务平台 APP 或当地医保公众号查询个人账户余额，实际金额以经办机构核定为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退还 {year} 年度居民医保个人缴费 {amount}（{basis}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退还 {year} 年度居民医保个人缴费，按国家最低标准约 {amount}；实际以缴费凭证上的金额为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退还 {year} 年度居民医保个人缴费，金额以缴费凭证为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按现在的情况，不会有退款。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代缴的金额 {amount}（{basis}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额以代缴记录或缴费凭证为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当地没有公布到账时间（政策库中没有这一项）。递交申请时请问清楚多久到账，记在本事项的备注里。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按{region}的规定，申请成功后隔 {lag} 个月发放。按 {applied} 重新提交、审核通过计算，预计 {year}年{month}月 发到银行卡。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按{region}的规定，申请成功的次月发放。按 {applied} 重新提交、审核通过计算，预计 {year}年{month}月 发到银行卡。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销成功后退回个人账户；到账时间当地没有公布，可在医保 APP 中查看个人账户明细。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不符合条件，不会有退款。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可以去申请了（终止参保满 {months} 个月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>递交申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看返还是否已经到账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不要再缴 {next} 年度居民医保费（如已缴，在此之前申请退）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全国通行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当地</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请按“1986-03-01”或“19860301”的格式填写日期</source>
        <extracomment>eight digits: yyyymmdd the longest text worth reading as a date (anything longer is not one)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有 {year} 年 {month} 月 {day} 日这一天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期不能早于 {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期不能晚于 {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待核验</source>
        <extracomment>how long a check stays good the mark shown next to a stale value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上次核验是 {checked_on}，已超过12个月，请以当地最新公布为准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库里这个数只到 {last_year} 年度，{year} 年度的还没有收录，请核对当地最新标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当地按人群的标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当地统一标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全国最低标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策库里没有</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这里有一个残缺的字符（常见于复制粘贴生僻字或表情符号时只粘贴了一半），无法保存。请删掉它后重新输入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}（{case}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按“我的事项”里的代缴清单办这一步（医保 APP、税务渠道或经办机构）；办完后勾选这个期限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按“我的事项”里的清单备齐材料，在这天之前到参保地医保经办机构或医保 APP 办理；办完后勾选这个期限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按“我的事项”里的清单带齐材料去办理；办完后勾选这个期限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}的{year}年度居民医保缴费截止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在 {due} 之前为{name}缴纳{year}年度城乡居民医保（医保 APP、税务 APP 或社区）；也可以用职工的个人账户代缴。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在 {due} 之前为{name}缴纳{year}年度城乡居民医保（医保 APP、税务 APP 或社区）。这是通常的截止月份，当地公布的日期可能不同，请以当地医保部门公布为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>错过征缴期再参保，要等待 {months} 个月才能报销（国办发〔2024〕38号）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}已断缴 {years} 年：按期缴纳后也要等待 {now_months} 个月才能报销；错过征缴期要等待 {months} 个月。补缴可以缩短等待期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}的{year}年度灵活就业续保缴费截止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在 {due} 之前为{name}办理{year}年度灵活就业医保续保缴费（{start} 起可办）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逾期视为中断参保；之后要连续缴费满 {months} 个月才恢复报销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逾期视为中断参保。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待遇年度应在 {low} 至 {high} 之间</source>
        <extracomment>the largest amount of one record, in fen (¥100,000,000.00) 备注 and 来源 lengths (the columns&apos; sizes) bytes of a CSV or XLSX file rows (including the header and blank ones) and columns of a table; a household&apos;s whole history is some thousands of rows, bench/history.py imports 100,000 cells of a table in all (a 120,000-row statement of 14 columns has 1,680,000) characters in one cell (Excel&apos;s own limit, so every real spreadsheet cell fits) the unpacked size of all parts of an XLSX package the unpacked size of its shared strings (a 10,000-row statement has well under 1 MB) XML tags (``&lt;``) in the worksheets and the shared strings, counted once per sheet that shows them (openpyxl reads a worksheet&apos;s part for each sheet pointing at it) XML tags in every other part (styles, workbook, relationships …: slower to read)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费日期不能晚于今天（{today}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件太大（超过 {max} MB），请分成几个文件导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件行数太多（超过 {max} 行），请分成几个文件导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件内容太多（超过 {max} 个格子），请删掉用不到的列，或分成几个文件导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {line} 行的列数太多（超过 {max} 列），请删掉用不到的列后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {line} 行“{column}”列的内容太长（超过 {max} 个字），请检查这个文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个 Excel 文件太大或太复杂（{detail}），请分成几个文件，或在 Excel 中另存为 CSV 后导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>划入个人账户 {credited} 比这个月个人和单位缴费合计 {paid} 还多，请核对（仍可导入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人和单位缴费合计 {paid} 超过了缴费基数 {base}，请核对基数（仍可导入）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>磁盘空间已满，刚才的操作没有完成。之前保存的数据没有丢失。请清理磁盘空间后再试一次。数据文件位置：{path}</source>
        <extracomment>Where a broken character reached the database without a field check (the last net). the data file is there but has zero bytes: its content was lost (not a new install) the data file exists but cannot be opened or read (permissions, I/O); not locked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据文件正被另一个程序使用（可能同时打开了两个医保个人助手），刚才的操作没有完成。之前保存的数据没有丢失。请关闭其他窗口或程序后再试一次。数据文件位置：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据文件或所在文件夹是只读的，刚才的修改无法保存。之前保存的数据没有丢失。请检查该文件夹的权限，或用 --data-dir 换一个可写的文件夹。数据文件位置：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据文件已损坏，或不是医保个人助手的数据文件，无法打开。软件没有修改或删除它。您可以在“设置”中从备份恢复（当前文件会被保留在原文件夹中）。数据文件位置：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据文件是空的（0 字节），里面已经没有任何资料。常见原因是上次保存时断电、磁盘已满，或复制、同步文件时出了错。软件没有把它当作新安装重新开始，也没有修改或删除它。数据文件位置：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取数据文件（可能是权限不足、磁盘故障或文件被移走），软件没有修改或删除它。请检查该文件和文件夹的权限后重新打开；也可以从备份恢复（原文件会被保留）。数据文件位置：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此数据库由更新版本的医保个人助手创建，请升级软件后再打开；为保护数据，本版本不会打开它。数据文件位置：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到所选的备份文件，可能已被移动或删除。当前数据没有改动。备份文件：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>读写数据文件时出错（可能是磁盘故障、权限不足或文件被移走），刚才的操作没有完成。之前保存的数据没有丢失。请检查磁盘和文件夹权限后再试一次。数据文件位置：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选备份文件已损坏或不是医保个人助手的备份，无法恢复。当前数据没有改动。备份文件：{path}</source>
        <extracomment>Extra templates for situations that share a kind.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选备份由更新版本的医保个人助手创建，请升级软件后再恢复；当前数据没有改动。备份文件：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这件事项已被删除，请刷新后再试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这一项已不存在（事项可能已被删除或重新生成），请刷新后再试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写事项名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能超过 {max} 个字，现在是 {n} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手动标记为已解除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这条共济记录已被删除，请刷新后再试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这位家庭成员已被删除，请重新选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共济人和被共济的亲属不能是同一个人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请至少选择一位亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relative}现在不符合家庭共济的条件：{reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新记录的状态只能是“计划中”或“已办理”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已办理的共济请填写开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已办理的共济开始日期不能晚于今天（{today}）；还没办的请选“计划中”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解除日期不能早于开始日期（{start}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注不能超过 {max} 个字，现在是 {n} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注中有不可见的控制字符，请重新输入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这条共济已经解除了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有“计划中”的共济可以标记为已办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请从列表中选择（“{value}”不是可选项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限缺少说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名不能超过 {max} 个字，现在是 {n} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名中有不可见的控制字符，请重新输入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写出生日期，或填写身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生日期不能晚于今天（{today}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生日期不能早于 1900 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生日期与身份证号不一致：身份证号中的出生日期是 {id_birth_date}。请核对出生日期或身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别与身份证号不一致：按身份证号（第 17 位）应为“{id_gender}”。请核对性别或身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知的地区代码：{code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择参保的统筹区（一般是地级市），不能只选省份：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择参保的统筹区（一般是地级市），而不是区县：“{name}”属于“{suggestion}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地区“{name}”（{code}）已撤销或更名，请重新选择参保地</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>去世日期不能晚于今天（{today}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>去世日期不能早于出生日期（{birth}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“本人”不能标记为已去世；请在家庭成员中标记去世的亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>险种选了“未参保”，就不能同时标记为已参保。请改选险种或取消“已参保”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“本人”只用于个人资料，请为家庭成员选择与您的关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人资料的关系只能是“本人”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个身份证号已经登记给“{name}”了，同一个人不能登记两次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这位家庭成员已被删除，请刷新后再试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这条记录已被删除，请刷新后再试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} 已有一条{scheme}记录，请修改那一条，或换一个月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额不能是负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额过大，请检查是否多输了数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人缴费和单位缴费不能都是 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择是哪位家人代缴的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代缴人不能是本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待遇年度应在 {low} 至 {high} 之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费日期不能晚于今天（{today}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视同缴费月数应在 0 至 {max} 之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择险种</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件中有 {n} 行有问题（如第 {line} 行：{problem}），没有导入任何一行。请改正后再导入，或选择跳过有问题的行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}的职工医保从 {first} 起没有缴费记录：{stop} 起暂停报销；续缴后需连续缴满 {resume} 个月才恢复（{rule}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}的职工医保在 {first} 至 {last} 断缴 {months} 个月：{stop} 起暂停报销，{resumes} 起恢复{projected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}的居民医保 {years} 年没有参保（断保 {count} 年）：{when}参保后有 {months} 个月等待期，{start} 起才能报销。{repair}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}的 {year} 年度居民医保是在集中缴费期结束后（{paid}）缴的：有 {months} 个月固定等待期，从缴费之日算起，{start} 起才能报销。{extra}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新生儿在当地规定的期限内参保缴费可以不设等待期、从出生之日起享受待遇；政策库中没有当地的期限，请向当地医保部门确认。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不设等待期的人群：{groups}等（以当地规定为准）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按当年标准多缴 {n} 年（约 {cost}）可把等待期缩短到 {months} 个月，{start} 起报销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按当年标准多缴 {n} 年可把等待期缩短到 {months} 个月，{start} 起报销（当年标准以当地公布为准）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}的职工医保累计缴费 {counted}，{region}退休时需要 {required}{actual_rule}：还差 {missing}。按月继续缴费，预计 {met_in} 满足。{retirement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（其中实际缴费至少 {years}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（其中在{region}实际缴费至少 {years}；本软件把您记录的缴费都算作在{region}缴的，在外地缴的月份不算，请自行扣除）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按法定退休年龄（{date} 退休，已含延迟退休{note}）查的是那时的规定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；女性按原55岁计算，原50岁退休的女工人退休更早</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>到退休时仍不够，需要一次性补缴或退休后继续缴费，以当地规定为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}预计 {date} 退休：政策库中没有{region}这一年退休的最低缴费年限（查过，未找到），请向当地医保部门确认。{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}有 {n} 个月的个人账户划入与按规则计算的不一致（如 {month}：记录 {recorded}，按规则 {computed}），请核对缴费明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能删除本人的个人资料；如需修改，请在“个人资料”中编辑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有这个政策参数：{key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无效的地区：{region_key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无效的地区代码：{code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注不能超过 {max} 个字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写这位参保人的姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名不能超过 {max} 个字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择参保地（统筹区）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scenario}（{name}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码至少 {n} 个字符；不想设密码就留空</source>
        <extracomment>the suffix suggested for a backup file saved by the user</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两次输入的密码不一样</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个备份文件设了密码，请输入保存时设的密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码不对，或者文件在保存后被改动过。当前数据没有改动，可以再试一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>医保期限</source>
        <extracomment>the hour of the day alarms go off SEQUENCE counts minutes since this moment, so a later export always supersedes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（日期按通常月份估算，以当地医保部门公布为准）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>由医保个人助手导出。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
