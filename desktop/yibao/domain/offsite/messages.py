"""The Chinese templates of the 异地就医备案 findings and answer problems (marked for
translation under ``domain``; parameters in braces are filled after translation)."""

from __future__ import annotations

from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.offsite.model import Reason

# ------------------------------------------------------------------------------ answers

MSG_REGION_UNKNOWN = QT_TRANSLATE_NOOP("domain", "请选择地区（“{code}”不是有效的统筹区）")
MSG_SAME_REGION = QT_TRANSLATE_NOOP(
    "domain",
    "就医地和参保地都是{name}，在参保的统筹区内看病不用办理异地就医备案。"
    "如果要去的是同省的其他城市，请选那个城市",
)
MSG_START_MISSING = QT_TRANSLATE_NOOP("domain", "请填写开始看病（住院）的日期")
MSG_START_FUTURE_TREATED = QT_TRANSLATE_NOOP(
    "domain", "已经看过病的话，开始日期不能晚于今天（{today}）"
)
MSG_START_TOO_OLD = QT_TRANSLATE_NOOP("domain", "日期太早了（早于 {earliest}），请检查")
MSG_DISCHARGE_MISSING = QT_TRANSLATE_NOOP(
    "domain", "请填写出院或结清费用的日期，报销期限从这一天算起"
)
MSG_DISCHARGE_BEFORE = QT_TRANSLATE_NOOP("domain", "出院（结算）日期不能早于开始日期 {start}")
MSG_DISCHARGE_FUTURE = QT_TRANSLATE_NOOP(
    "domain", "出院（结算）日期不能晚于今天（{today}）；还没出院的话，请出院后再来填写报销部分"
)

# ------------------------------------------------------------------------------ the type

# why the answers give the type: (reason, the type the reason names) → template
WHY = {
    (Reason.SETTLE, True): QT_TRANSLATE_NOOP(
        "domain",
        "您已退休，准备到{dest}长期定居，属于“异地安置退休”。户口已迁过去的用户口簿办理；"
        "户口没迁的，多数地区可以用居住证或《异地长期居住承诺书》办理（个别地区要求改按"
        "“异地长期居住”备案，材料基本相同）。",
    ),
    (Reason.SETTLE, False): QT_TRANSLATE_NOOP(
        "domain",
        "“异地安置退休”只适用于已经退休的人。您还没有办理退休，到{dest}长期生活按"
        "“异地长期居住”备案；退休以后可以申请变更。",
    ),
    (Reason.LIVE, True): QT_TRANSLATE_NOOP(
        "domain", "您要在{dest}长期居住、生活，按“异地长期居住”备案，备案后长期有效。"
    ),
    (Reason.POSTED, True): QT_TRANSLATE_NOOP(
        "domain",
        "单位派您到{dest}长期工作，按“常驻异地工作”备案，一般需要单位出具派驻证明"
        "（部分地区可用个人承诺代替）。",
    ),
    (Reason.POSTED, False): QT_TRANSLATE_NOOP(
        "domain",
        "“常驻异地工作”用于单位派驻外地的职工医保参保人。您参加的是{scheme}，"
        "到{dest}长期生活一般按“异地长期居住”备案。",
    ),
    (Reason.REFERRAL, True): QT_TRANSLATE_NOOP(
        "domain",
        "参保地的定点医院因病情需要把您转到{dest}的医院，属于“异地转诊”（临时备案），"
        "需要医院开具的转诊证明。",
    ),
    (Reason.EMERGENCY, True): QT_TRANSLATE_NOOP(
        "domain",
        "在{dest}突发疾病需要急诊、抢救，属于“急诊抢救”（临时备案）。来不及先备案的，"
        "看参保地是否允许事后补办。",
    ),
    (Reason.TRIP, True): QT_TRANSLATE_NOOP(
        "domain",
        "出差、旅游、探亲时看病，或自己想去{dest}看病，属于“其他临时外出就医”（临时备案），"
        "一般不需要证明材料，但报销比例可能比转诊、急诊降得更多。",
    ),
}


# ------------------------------------------------------------------------------ the plan

VALIDITY_LONG = QT_TRANSLATE_NOOP(
    "domain",
    "{rule}。参保关系转移或中断（例如换了统筹区参保）后，原备案一般随之失效，需要重新办理。",
)
VALIDITY_TEMP = QT_TRANSLATE_NOOP(
    "domain",
    "临时备案原则上至少 {months} 个月有效（从备案开始日期算），期满后还要看病的需要重新备案；"
    "具体到期日以备案回执为准。",
)
VALIDITY_REFERRAL = QT_TRANSLATE_NOOP(
    "domain",
    "{region}规定转诊备案最长 {months} 个月有效，到期后还需要治疗的，请再开转诊证明重新备案。",
)
VALIDITY_MISSING = QT_TRANSLATE_NOOP(
    "domain", "政策库中没有{region}的备案有效期规定，请以备案回执为准。"
)
MONEY_LONG_RULES = QT_TRANSLATE_NOOP(
    "domain",
    "长期备案后在{dest}看病，按参保地（{insured}）的起付线、报销比例和最高支付限额结算，"
    "不因“异地”而降低比例。",
)
MONEY_LONG_HOME = QT_TRANSLATE_NOOP(
    "domain", "备案有效期内回{insured}看病，也可以照常用医保结算（双向享受待遇）。"
)
MONEY_TEMP_CUT = QT_TRANSLATE_NOOP(
    "domain",
    "{type}属于临时外出就医，报销比例可能比在{insured}看病低，但最多低 {points} 个百分点"
    "（例如本地报 80% 的，最低按 {floor}% 报）。",
)
MONEY_TEMP_POINTS = QT_TRANSLATE_NOOP(
    "domain",
    "{region}规定：{type}在外地看病，报销比例比在{insured}看病低 {value} 个百分点。"
    "例如在{insured}报 {home}% 的费用，在外地按 {home}% − {value} 个百分点 = {result}% 报："
    "{bill} 元的合规费用报 {paid} 元（起付线、最高支付限额另计）。",
)
MONEY_TEMP_PAID_FIRST = QT_TRANSLATE_NOOP(
    "domain",
    "{region}规定：{type}在外地看病，合规费用先由个人自付 {value}%，"
    "其余部分再按{insured}的比例报销。例如在{insured}报 {home}% 的费用：{bill} 元先自付 "
    "{first} 元，剩下的 {rest} 元按 {home}% 报 {paid} 元，相当于整笔费用报 {result}%"
    "（起付线、最高支付限额另计）。",
)
MONEY_TEMP_FACTOR = QT_TRANSLATE_NOOP(
    "domain",
    "{region}规定：{type}在外地看病，报销比例按在{insured}的比例乘以 {value}%。"
    "例如在{insured}报 {home}% 的费用，在外地按 {home}% × {value}% = {result}% 报："
    "{bill} 元的合规费用报 {paid} 元（起付线、最高支付限额另计）。",
)
MONEY_TEMP_NO_CUT = QT_TRANSLATE_NOOP(
    "domain",
    "{region}规定：{type}在外地看病，报销比例与在{insured}看病相同，不因临时外出而降低"
    "（例如在{insured}报 {home}% 的，在外地也报 {home}%）。",
)
MONEY_TEMP_MISSING = QT_TRANSLATE_NOOP(
    "domain", "临时外出就医的报销比例可能比在参保地低；政策库中没有降幅的规定，以当地为准。"
)
MONEY_SAME_PROVINCE = QT_TRANSLATE_NOOP(
    "domain", "{region}在省内异地就医另有分段报销比例：{bands}。"
)
WITHOUT_FILING = QT_TRANSLATE_NOOP(
    "domain",
    "不备案的话：在外地看病一般不能直接刷医保结算，要先全部自己垫付，回参保地手工报销，"
    "报销比例可能更低，甚至不予报销（各地不同，以当地为准）。",
)
AFTER_ALLOWED = QT_TRANSLATE_NOOP(
    "domain",
    "{region}允许急诊抢救在就医后补办备案，期限是急诊之日起 {days} 天内"
    "（即 {by} 前）。补办后，符合规定的费用可按异地就医结算或报销。",
)
AFTER_PASSED = QT_TRANSLATE_NOOP(
    "domain",
    "{region}允许急诊抢救在就医后补办备案，期限是急诊之日起 {days} 天内（即 {by} 前），"
    "现在已经过了。没能补办备案的，已经自己垫付的费用请按手工报销办理，能报多少以参保地审核为准。",
)
AFTER_ALLOWED_NO_DAYS = QT_TRANSLATE_NOOP(
    "domain", "{region}允许急诊抢救在就医后补办备案；政策库中没有补办期限，请尽快办理。"
)
AFTER_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "domain",
    "{region}的规定中急诊抢救不能事后补办备案；已经自己垫付的费用请按手工报销办理。",
)
AFTER_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain",
    "政策库中没有{region}能否事后补办急诊备案、期限多长的规定。"
    "请尽快打电话问参保地医保经办机构；补办规则由参保地决定。",
)
AFTER_UNKNOWN_EXAMPLE = QT_TRANSLATE_NOOP(
    "domain",
    "政策库中没有{region}能否事后补办急诊备案、期限多长的规定"
    "（例如{example}是急诊后 {days} 天内）。"
    "请尽快打电话问参保地医保经办机构；补办规则由参保地决定。",
)
CLAIM_NOTE = QT_TRANSLATE_NOOP(
    "domain",
    "手工报销的申请时限各地不同，最短 {shortest} 个月、最长到{longest}。"
    "按最短的 {shortest} 个月算，请在 {deadline} 前把材料交到参保地医保经办机构；"
    "{region}如有更长的期限，以当地规定为准。",
)
CLAIM_NOTE_PASSED = QT_TRANSLATE_NOOP(
    "domain",
    "手工报销的申请时限各地不同，最短 {shortest} 个月、最长到{longest}。"
    "按最短的 {shortest} 个月算，{deadline} 已经过了；{region}如有更长的期限，可能还来得及，"
    "请尽快向参保地医保经办机构确认并提交材料。",
)
CLAIM_NOTE_MISSING = QT_TRANSLATE_NOOP(
    "domain",
    "政策库中没有{region}手工报销的申请时限。请尽早（最好在出院后几个月内）提交，"
    "并向参保地医保经办机构确认期限。",
)
REVIEW_NOTE = QT_TRANSLATE_NOOP(
    "domain",
    "部分地区材料齐全后约 {days} 个工作日内审核并拨付；若 {date} 交齐材料，"
    "大约在 {paid} 前到账（按法定节假日推算）。",
)
REVIEW_NOTE_ESTIMATED = QT_TRANSLATE_NOOP(
    "domain",
    "部分地区材料齐全后约 {days} 个工作日内审核并拨付；若 {date} 交齐材料，"
    "大约在 {paid} 前到账（{year} 年的法定节假日还没有收录，只按周末推算，可能再晚几天）。",
)
CHANGE_NOTE = QT_TRANSLATE_NOOP(
    "domain",
    "想变更或取消备案：一般可以在办理备案的同一渠道申请；有的地区规定长期备案办理后"
    "一段时间内不能变更或取消。这部分规定未经证实，请以当地为准。",
)
NOT_CROSS_PROVINCE = QT_TRANSLATE_NOOP(
    "domain",
    "{insured}和{dest}在同一个省，属于省内异地就医；不少省份省内异地已免备案，"
    "可以先在当地医保 APP 查一查。",
)
