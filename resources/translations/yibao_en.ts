<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
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
    <name>FirstRunWizard</name>
    <message>
        <source>设置个人信息</source>
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
    <name>MainWindow</name>
    <message>
        <source>正在打开数据…</source>
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
        <source>未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目前正常参保（本年度已缴费）</source>
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
        <source>请选择性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择参保地（省份和城市）</source>
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
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>政策参数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>软件里用到的每个数字都在这里，并注明出处和可信程度。各地政策会调整，如与当地医保部门公布的不同，以当地为准，您也可以改成当地的数值（本地修改）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地区</source>
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
        <source>搜索参数、数值或来源</source>
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
        <source>共 {n} 项</source>
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
    <name>SettingsPage</name>
    <message>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据保存位置、备份与恢复、字体大小和界面语言。</source>
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
        <source>已有的备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每次升级数据格式前都会自动备份。恢复时，当前数据会先另存一份备份，不会丢失。</source>
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
        <source>无法保存设置：{err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新启动软件后生效</source>
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
        <extracomment>Anything typed above this (one hundred million yuan) is taken to be a typing mistake.</extracomment>
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
        <source>本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>配偶</source>
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
</context>
<context>
    <name>services</name>
    <message>
        <source>磁盘空间已满，刚才的操作没有完成。之前保存的数据没有丢失。请清理磁盘空间后再试一次。数据文件位置：{path}</source>
        <extracomment>the data file exists but cannot be opened or read (permissions, I/O); not locked</extracomment>
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
        <source>请从列表中选择（“{value}”不是可选项）</source>
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
</context>
</TS>
