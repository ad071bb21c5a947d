"""Every sentence the refund rules say, marked for translation (templates; the UI translates
them under the ``domain`` context and fills the parameters after)."""

from __future__ import annotations

from yibao.domain.i18n import QT_TRANSLATE_NOOP

_SUMMARY_FROM = QT_TRANSLATE_NOOP("domain", "{verdict}：{date} 起可以申请")
_LINE_ADVICE = QT_TRANSLATE_NOOP("domain", "建议：{text}")
_LINE_AMOUNT = QT_TRANSLATE_NOOP("domain", "预计金额：{text}")
_LINE_ARRIVAL = QT_TRANSLATE_NOOP("domain", "到账时间：{text}")
_TAG_SOURCE = QT_TRANSLATE_NOOP("domain", "（依据：{title}；{confidence}）")
_TAG_OVERRIDE = QT_TRANSLATE_NOOP("domain", "（依据：您的本地修改）")

_R_CASH_OUT_NO = QT_TRANSLATE_NOOP(
    "domain", "个人账户的钱一般不能提现，只有政策规定的几种情形可以一次性支取。"
)
_R_CASH_OUT_YES = QT_TRANSLATE_NOOP("domain", "当地规定个人账户余额可以提现。")
_R_CASE_LISTED = QT_TRANSLATE_NOOP(
    "domain", "按{region}的规定，“{case}”可以一次性支取个人账户余额。"
)
_R_CASE_PARTIAL = QT_TRANSLATE_NOOP(
    "domain", "政策库只写了“{case}”：只有部分地区可以，{place}是否可以要向当地确认。"
)
_R_CASE_NOT_LISTED = QT_TRANSLATE_NOOP(
    "domain",
    "按{region}的规定，可以一次性支取的情形是：{cases}。“{scenario}”不在其中。",
)
_R_CASE_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain", "政策库中没有{place}可以一次性支取个人账户的情形，请向当地医保部门确认。"
)
_R_INHERIT_YES = QT_TRANSLATE_NOOP("domain", "按{region}的规定，个人账户余额可以依法继承。")
_R_INHERIT_NO = QT_TRANSLATE_NOOP("domain", "按{region}的规定，个人账户余额不能继承。")
_R_INHERIT_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain", "政策库中没有{place}个人账户能否继承的规定，请向当地医保部门确认。"
)
_R_NO_ACCOUNT = QT_TRANSLATE_NOOP("domain", "“{scheme}”没有个人账户，没有余额可以支取或继承。")
_R_HAS_ACCOUNT = QT_TRANSLATE_NOOP("domain", "“{scheme}”有个人账户，余额可以按规定支取。")
_R_APPLICANT_OK = QT_TRANSLATE_NOOP("domain", "{applicant}可以办理“{scenario}”。")
_R_APPLICANT_NO = QT_TRANSLATE_NOOP(
    "domain", "“{scenario}”不能由{applicant}办理，可以由{allowed}办理。"
)
_R_TRANSFERABLE = QT_TRANSLATE_NOOP(
    "domain",
    "您说个人账户可以转到新参保地。能转移的，余额随医保关系转移接续到新参保地，不一次性支取。",
)
_R_NOT_TRANSFERABLE = QT_TRANSLATE_NOOP(
    "domain", "您说个人账户转不到新参保地，这正是可以一次性支取的情形。"
)
_R_TRANSFER_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain",
    "还不清楚个人账户能否转到新参保地。能转移的一般随医保关系转移，不一次性支取；"
    "请先问清新参保地。",
)
_R_WAIT_MONTHS = QT_TRANSLATE_NOOP(
    "domain",
    "按{region}的规定，终止参保满 {months} 个月后才能申请：参保在 {termination} 终止，"
    "{earliest} 起可以申请。",
)
_R_WAIT_PASSED = QT_TRANSLATE_NOOP(
    "domain",
    "按{region}的规定，终止参保满 {months} 个月后才能申请：参保在 {termination} 终止，"
    "从 {earliest} 起已经可以申请。",
)
_R_NO_WAIT = QT_TRANSLATE_NOOP(
    "domain",
    "政策库中没有{place}终止参保后要等多久才能申请的规定；参保在 {termination} 终止，"
    "一般终止后即可申请，以当地为准。",
)
_R_NOT_TERMINATED = QT_TRANSLATE_NOOP(
    "domain", "参保要到 {termination} 才终止，终止以后才能申请一次性支取。"
)
_R_NO_TERMINATION = QT_TRANSLATE_NOOP(
    "domain", "参保关系终止（停保、减员）以后才能申请一次性支取。"
)
_R_BENEFIT_START = QT_TRANSLATE_NOOP(
    "domain", "按{region}的规定，{year} 年度居民医保的待遇期从 {start} 开始。"
)
_R_BENEFIT_START_DEFAULT = QT_TRANSLATE_NOOP(
    "domain",
    "政策库中没有{place}居民医保待遇期的开始月份，按通常做法从 {start} 开始计算。",
)
_R_DUP_BEFORE = QT_TRANSLATE_NOOP(
    "domain",
    "您在 {enrolled} 参加职工医保，早于 {year} 年度居民医保待遇期开始（{start}）。",
)
_R_DUP_AFTER = QT_TRANSLATE_NOOP(
    "domain",
    "您在 {enrolled} 参加职工医保，这时 {year} 年度居民医保的待遇期（{start} 开始）已经开始了。",
)
_R_DUP_REFUND_YES = QT_TRANSLATE_NOOP(
    "domain", "按{region}的规定，这种情况可以停止居民医保，退还 {year} 年度的居民医保个人缴费。"
)
_R_DUP_REFUND_NO = QT_TRANSLATE_NOOP(
    "domain", "按{region}的规定，这种情况 {year} 年度的居民医保个人缴费不予退还。"
)
_R_DUP_REFUND_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain", "政策库中没有{place}这种情况能否退费的规定，请向当地医保部门确认。"
)
_R_PROXY_CANCEL_YES = QT_TRANSLATE_NOOP(
    "domain", "按{region}的规定，个人账户代缴可以申请撤销（退款）。"
)
_R_PROXY_CANCEL_NO = QT_TRANSLATE_NOOP("domain", "按{region}的规定，个人账户代缴后不能撤销。")
_R_PROXY_CANCEL_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain", "政策库中没有{place}个人账户代缴能否撤销的规定，请向当地医保部门确认。"
)
_R_PROXY_BACK_TO_ACCOUNT = QT_TRANSLATE_NOOP(
    "domain",
    "代缴的钱是从职工个人账户付出的，撤销后一般退回个人账户，而不是发到银行卡"
    "（个人账户一般不能提现）。",
)
_R_PAY_THEN_REFUND_YES = QT_TRANSLATE_NOOP(
    "domain", "按{region}的规定，有“先缴后返”：亲属先缴费，职工申请后从个人账户返还到银行卡。"
)
_R_PAY_THEN_REFUND_NO = QT_TRANSLATE_NOOP(
    "domain", "按{region}的规定，没有“先缴后返”这种代缴方式。"
)
_R_PAY_THEN_REFUND_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain", "政策库中没有{place}是否有“先缴后返”的规定，请向当地医保部门确认。"
)
_R_RESUBMIT_YES = QT_TRANSLATE_NOOP(
    "domain", "按{region}的规定，可以查询返还进度；发放失败的，可以更正信息后重新提交。"
)
_R_RESUBMIT_NO = QT_TRANSLATE_NOOP("domain", "按{region}的规定，返还失败后不能重新提交。")
_R_RESUBMIT_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain", "政策库中没有{place}返还失败后能否重新提交的规定，请向当地医保部门确认。"
)

_A_ASK_LOCAL = QT_TRANSLATE_NOOP(
    "domain", "打电话或到参保地医保经办机构窗口问清楚能不能办、要带什么，再去办理。"
)
_A_HEIR = QT_TRANSLATE_NOOP(
    "domain", "参保人已去世，请由继承人（或继承人委托的代办人、原单位）办理。"
)
_A_INSURED_OR_AGENT = QT_TRANSLATE_NOOP("domain", "请由参保人本人办理，或本人委托代办人办理。")
_A_NOT_EMPLOYER = QT_TRANSLATE_NOOP(
    "domain", "这是个人自己缴的钱，单位不能代办；请由本人或本人委托的代办人办理。"
)
_A_TRANSFER = QT_TRANSLATE_NOOP(
    "domain",
    "在新参保地参保后，办理医保关系转移接续，个人账户余额随之转入，继续用于看病买药。",
)
_A_KEEP_USING = QT_TRANSLATE_NOOP(
    "domain",
    "余额不会清零，会一直结转；可以继续用于看病买药，或通过家庭共济给家人用。",
)
_A_RESIDENT_DUPLICATE = QT_TRANSLATE_NOOP(
    "domain", "如果是居民医保和职工医保重复缴费，请选择“重复参保”这一项。"
)
_A_NEXT_YEAR = QT_TRANSLATE_NOOP(
    "domain",
    "以后只缴职工医保即可，不要再缴 {next} 年度的居民医保费；如果已经缴了，"
    "在 {next_start} 之前申请，那一年的费用一般可以退。",
)
_A_WAIT = QT_TRANSLATE_NOOP(
    "domain",
    "现在先把材料准备齐，{earliest} 以后再去申请。保存为事项后，这个日期会列在概览页，"
    "软件开着时会提前通知；在“我的事项”里点“加入日历…”，手机或电脑的日历也会到时提醒。",
)
_A_TERMINATE_FIRST = QT_TRANSLATE_NOOP(
    "domain", "先办理停保（单位职工由单位办理减员），参保终止以后再申请。"
)
_A_RESUBMIT_COUNTER = QT_TRANSLATE_NOOP(
    "domain", "带上身份证和正确的银行卡，到参保地医保经办机构窗口问清楚如何更正。"
)

_AMOUNT_BALANCE = QT_TRANSLATE_NOOP(
    "domain", "个人账户余额约 {amount}（{basis}）；实际金额以经办机构核定为准。"
)
_AMOUNT_BALANCE_EMPLOYER = QT_TRANSLATE_NOOP(
    "domain",
    "个人账户余额约 {amount}（{basis}）；实际金额以经办机构核定为准。单位办理的，"
    "钱可能先付到单位账户，请约定好何时转给本人或继承人。",
)
_AMOUNT_BALANCE_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain",
    "不知道余额：可以在国家医保服务平台 APP 或当地医保公众号查询个人账户余额，"
    "实际金额以经办机构核定为准。",
)
_AMOUNT_CONTRIBUTION = QT_TRANSLATE_NOOP(
    "domain", "退还 {year} 年度居民医保个人缴费 {amount}（{basis}）。"
)
_AMOUNT_CONTRIBUTION_STANDARD = QT_TRANSLATE_NOOP(
    "domain",
    "退还 {year} 年度居民医保个人缴费，按国家最低标准约 {amount}；实际以缴费凭证上的金额为准。",
)
_AMOUNT_CONTRIBUTION_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain", "退还 {year} 年度居民医保个人缴费，金额以缴费凭证为准。"
)
_AMOUNT_NONE = QT_TRANSLATE_NOOP("domain", "按现在的情况，不会有退款。")
_AMOUNT_PROXY = QT_TRANSLATE_NOOP("domain", "代缴的金额 {amount}（{basis}）。")
_AMOUNT_PROXY_UNKNOWN = QT_TRANSLATE_NOOP("domain", "金额以代缴记录或缴费凭证为准。")

_ARRIVAL_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain",
    "当地没有公布到账时间（政策库中没有这一项）。递交申请时请问清楚多久到账，记在本事项的备注里。",
)
_ARRIVAL_MONTH = QT_TRANSLATE_NOOP(
    "domain",
    "按{region}的规定，申请成功后隔 {lag} 个月发放。按 {applied} 重新提交、审核通过计算，"
    "预计 {month} 发到银行卡。",
)
_ARRIVAL_NEXT_MONTH = QT_TRANSLATE_NOOP(
    "domain",
    "按{region}的规定，申请成功的次月发放。按 {applied} 重新提交、审核通过计算，"
    "预计 {month} 发到银行卡。",
)
_ARRIVAL_ACCOUNT = QT_TRANSLATE_NOOP(
    "domain", "撤销成功后退回个人账户；到账时间当地没有公布，可在医保 APP 中查看个人账户明细。"
)
_ARRIVAL_NONE = QT_TRANSLATE_NOOP("domain", "不符合条件，不会有退款。")

_DL_APPLY = QT_TRANSLATE_NOOP("domain", "可以去申请了（终止参保满 {months} 个月）")
_DL_APPLY_NOW = QT_TRANSLATE_NOOP("domain", "递交申请")
_DL_CHECK_ARRIVAL = QT_TRANSLATE_NOOP("domain", "查看返还是否已经到账")
_DL_NEXT_YEAR = QT_TRANSLATE_NOOP(
    "domain", "不要再缴 {next} 年度居民医保费（如已缴，在此之前申请退）"
)


_NATIONAL_LABEL = QT_TRANSLATE_NOOP("domain", "全国通行")
_LOCAL_LABEL = QT_TRANSLATE_NOOP("domain", "当地")
_R_APPLICANT_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain", "政策库中没有{place}“{scenario}”可以由谁办理的规定，请向当地医保部门确认。"
)
_R_CASE_OLD_OVERRIDE = QT_TRANSLATE_NOOP(
    "domain",
    "您以前在“政策参数”里修改过“{old}”。这一项现在不再用来判断，您的修改不起作用了；"
    "软件改按“{new}”判断。如果当地的规定和软件里的不一样，请在“政策参数”页面修改“{new}”；"
    "原来那条修改可以选中后点“恢复原值”删掉。",
)
