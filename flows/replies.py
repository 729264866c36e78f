"""A reply the freelancer can send the client: short, polite, ready to copy.

This file is data. A draft is an opening line, the parts that fit the verdict, and a closing line. Each
part is tied to the rules that make it appropriate (it is used only when one of them applies) and says
nothing the rules do not: no figure, no new claim. ``{platform}`` is the platform's name.

Which parts: in a "stop" verdict, one per thing declined (a direct deal, ID or bank details, a fee or a
course, a LINE sign-up, unpaid work, work before escrow), or asking about the work here, or staying on the
platform after a refused request / on Coconala, and always where the work can go on (the platform's
messages); no draft at all for an impersonation (don't reply). Else one per step still to do before the
move (stay until the contract, escrow, the contact request), or, when nothing is left to do first,
confirming the move.

The draft is in Japanese, which a client on these platforms almost surely reads; an English-speaking user
gets the English beside it (``Draft.english``). Two sentences in a row never open the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from flows.steps import declined, platform_name


@dataclass(frozen=True)
class Part:
    id: str
    text: dict[str, str]
    rules: tuple[str, ...]


@dataclass(frozen=True)
class Draft:
    """The text to send (None: don't reply at all), the parts it was made of, and for an English-speaking
    user the same reply in English (the text to send stays Japanese)."""

    text: str | None
    parts: tuple[str, ...]
    english: str | None = None


OPEN = {"ja": "お世話になっております。", "en": "Hello,"}
THANKS_FOR_PROPOSAL = {"ja": "チャットワークでのやり取りのご提案、ありがとうございます。",
                       "en": "Thank you for suggesting Chatwork."}
CLOSE = {"ja": "どうぞよろしくお願いいたします。", "en": "Best regards"}

PARTS: tuple[Part, ...] = (
    # before the move
    Part("stay_until_contract",
         {"ja": "契約と仮払いが済むまでは、このまま{platform}のメッセージでやり取りさせてください。",
          "en": "Until the contract is made and the reward is escrowed, I'd like to keep talking here on "
                "{platform} messages."},
         ("cw_move_before_contract",)),
    Part("ask_escrow",
         {"ja": "恐れ入りますが、作業は仮払いを確認してから始めさせていただいております。仮払いがまだでしたら、"
                "お手数ですがお願いできますでしょうか。",
          "en": "I start work once the escrow (仮払い) is confirmed. If it isn't done yet, could you please "
                "escrow the reward first?"},
         ("cw_escrow_not_yet", "cw_escrow_promised", "cw_escrow_unknown", "cw_work_before_escrow_request")),
    Part("move_after_escrow",
         {"ja": "チャットワークへの移行も、仮払いを確認してからにさせてください。",
          "en": "I'd also like to move to Chatwork once the escrow is confirmed."},
         ("cw_escrow_not_yet", "cw_escrow_promised", "cw_escrow_unknown")),
    Part("lancers_ask_escrow",
         {"ja": "お手数ですが、仮払いのお手続きをお願いできますでしょうか。",
          "en": "Could you please escrow the reward (仮払い)?"},
         ("lancers_before_escrow",)),
    Part("lancers_wait_escrow",
         {"ja": "ランサーズでは仮払いの前に外部ツールを使えないため、チャットワークへの移行は仮払いの後にさせてください。",
          "en": "On Lancers, outside tools can't be used before escrow (仮払い), so I'd like to move to "
                "Chatwork after the escrow."},
         ("lancers_before_escrow",)),
    Part("propose_request",
         {"ja": "クラウドワークスでは、外部で連絡を取るには「サービス外連絡申請」が必要ですので、チャットワークへの"
                "移行は、申請が承認されてからにさせてください。",
          "en": "On CrowdWorks, contact outside the platform goes through the off-platform contact request "
                "(サービス外連絡申請), so I'd like to move to Chatwork once it is approved."},
         ("cw_contact_request_needed",)),
    Part("wait_request",
         {"ja": "サービス外連絡申請の承認を待っておりますので、チャットワークへの移行は承認の後にさせてください。",
          "en": "The off-platform contact request is under review, so I'd like to move to Chatwork once it is "
                "approved."},
         ("cw_contact_request_pending",)),
    Part("contact_details_later",
         {"ja": "電話番号やLINEのIDなどの連絡先は、サービス外連絡申請が承認されてからお伝えいたします。",
          "en": "I'll share my phone number, LINE ID and other contact details once the contact request is "
                "approved."},
         ("cw_contact_details_need_request",)),
    Part("lancers_contacts_later",
         {"ja": "チャットワークのIDや、電話番号・LINEのIDなどの連絡先は、仮払いの後に連絡先公開申請でお伝えします。",
          "en": "I'll share my Chatwork ID and other contact details, such as my phone number or LINE ID, through "
                "the contact disclosure request (連絡先公開申請) after the escrow."},
         ("lancers_contact_details",)),
    Part("lancers_contact",
         {"ja": "チャットワークのIDは、連絡先公開申請でお伝えします。",
          "en": "I'll share my Chatwork ID through the contact disclosure request (連絡先公開申請)."},
         ("lancers_contact_request",)),
    Part("confirm_move",
         {"ja": "準備が整いましたので、チャットワークに移らせていただきます。私のIDは「（ここにID）」です。作業範囲や"
                "金額、納期などの大切な点は、記録のため{platform}のメッセージにも残させてください。",
          "en": "Everything is in order, so I'm happy to move to Chatwork: my ID is \"(your ID)\". For the "
                "record, I'll also keep the scope, price and deadlines on {platform} messages."},
         ("cw_contact_request_approved", "lancers_external_ok_after_escrow")),
    # stops
    Part("decline_direct_deal",
         {"ja": "申し訳ありませんが、{platform}を通さない直接の契約やお支払いはお受けできません。",
          "en": "I'm sorry, but I can't accept a contract or payment outside {platform}."},
         ("cw_direct_deal_banned", "lancers_outside_payment", "coconala_no_outside_contact")),
    Part("keep_deal_on_platform",
         {"ja": "契約とお支払いは、引き続き{platform}を通してお願いいたします。",
          "en": "Let's keep the contract and the payment on {platform}."},
         ("cw_direct_deal_banned", "lancers_outside_payment", "coconala_no_outside_contact")),
    Part("decline_id_or_bank",
         {"ja": "申し訳ありませんが、身分証や口座の情報はお送りできません。",
          "en": "I'm sorry, but I can't send ID documents or bank details."},
         ("scam_id_or_bank",)),
    Part("decline_fee",
         {"ja": "申し訳ありませんが、費用のお支払いや講座・教材の購入が必要なお仕事はお受けしておりません。",
          "en": "I'm sorry, but I don't take work that requires paying a fee or buying a course or materials."},
         ("scam_upfront_fee",)),
    Part("decline_survey",
         {"ja": "申し訳ありませんが、LINEの追加や別のサービスへの登録が必要なお仕事はお受けしておりません。",
          "en": "I'm sorry, but I don't take work that requires adding anyone on LINE or signing up elsewhere."},
         ("scam_survey_to_line",)),
    Part("decline_unpaid",
         {"ja": "申し訳ありませんが、報酬が支払われないお仕事や、勧誘を目的としたお話はお受けしておりません。",
          "en": "I'm sorry, but I don't take unpaid work or offers that are about recruiting."},
         ("scam_mlm_or_unpaid",)),
    Part("decline_contact_details",
         {"ja": "申し訳ありませんが、電話番号やLINEのIDはお伝えできません。",
          "en": "I'm sorry, but I can't share my phone number or LINE ID."},
         ("scam_id_or_bank", "scam_upfront_fee", "scam_survey_to_line", "scam_mlm_or_unpaid",
          "cw_direct_deal_banned", "lancers_outside_payment", "cw_work_before_escrow_request", "no_work_answers",
          "no_work_answers_lancers", "cw_contact_request_refused")),
    Part("escrow_first",
         {"ja": "恐れ入りますが、仮払いの前に作業を始めることはいたしかねます。",
          "en": "I'm sorry, but I can't start work before the escrow (仮払い)."},
         ("cw_work_before_escrow_request",)),
    Part("ask_about_work_here",
         {"ja": "お仕事の内容について、こちらのメッセージでご説明いただけますでしょうか。",
          "en": "Could you please explain the work here, on the platform's messages?"},
         ("no_work_answers", "no_work_answers_lancers")),
    Part("stay_after_refusal",
         {"ja": "サービス外連絡申請が承認されなかったため、今後もクラウドワークスのメッセージでやり取りさせてください。",
          "en": "The off-platform contact request was not approved, so let's keep talking on CrowdWorks "
                "messages."},
         ("cw_contact_request_refused",)),
    Part("escrow_please",
         {"ja": "お手数ですが、仮払いのお手続きをお願いできますでしょうか。",
          "en": "Could you please escrow the reward first?"},
         ("cw_work_before_escrow_request", "cw_escrow_not_yet", "cw_escrow_promised", "cw_escrow_unknown")),
    Part("continue_here",
         {"ja": "お仕事に関するご連絡は、引き続き{platform}のメッセージでお願いいたします。",
          "en": "Please keep any messages about the work on {platform}."},
         ("cw_work_before_escrow_request",)),
    Part("withdraw",
         {"ja": "今回のお話は、辞退させていただきます。", "en": "I'll have to decline this offer."},
         ("scam_id_or_bank", "scam_upfront_fee", "scam_survey_to_line", "scam_mlm_or_unpaid")),
    Part("stay_on_coconala",
         {"ja": "ココナラ外での連絡は禁止されているため、やり取りはこのままココナラ上でお願いいたします。",
          "en": "Coconala doesn't allow contact outside Coconala, so let's keep talking on Coconala."},
         ("coconala_no_outside_contact",)),
)

BY_ID: dict[str, Part] = {p.id: p for p in PARTS}

BEFORE_MOVE = {"stay_on_platform": "stay_until_contract", "confirm_escrow": "ask_escrow",
               "wait_escrow": "lancers_wait_escrow", "file_contact_request": "propose_request",
               "wait_for_approval": "wait_request", "lancers_contact_request": "lancers_contact"}
STAYS = ("keep_deal_on_platform", "ask_about_work_here", "stay_after_refusal", "stay_on_coconala", "withdraw")
# Cushion words open a request or a refusal once: the next sentences that would open with one say it shorter.
CUSHIONS = {"ja": ("申し訳ありませんが、", "恐れ入りますが、"), "en": ("I'm sorry, but ",)}
SHORTER = {"ja": ("また、", "あわせて、", ""), "en": ("Also, ", "And ", "")}
# The platform's name in a draft, when the user did not say which (the client knows it).
DRAFT_PLATFORM = {"ja": "こちら", "en": "the platform"}
DECLINE_PARTS = {"direct_deal": "decline_direct_deal", "id_or_bank": "decline_id_or_bank",
                 "upfront_fee": "decline_fee", "survey_to_line": "decline_survey", "mlm_or_unpaid": "decline_unpaid",
                 "work_before_escrow": "escrow_first", "contact_details": "decline_contact_details"}


def draft(answers: Mapping[str, Any], stop: bool, steps: Iterable[str], fired: Iterable[str], lang: str) -> Draft:
    """The reply for this verdict (`answers`: the effective answers; `fired`: every rule that applies)."""
    fired, steps = set(fired), list(steps)
    if "do_not_reply" in steps:
        return Draft(None, ())
    parts = _parts(stop, steps, fired, answers)
    ids = tuple(p.id for p in parts)
    japanese = _compose(parts, stop, _platform(answers, "ja"), "ja")
    english = _compose(parts, stop, _platform(answers, "en"), "en") if lang == "en" else None
    return Draft(japanese, ids, english)


def _platform(answers: Mapping[str, Any], lang: str) -> str:
    return platform_name(answers, lang) if answers.get("platform") else DRAFT_PLATFORM[lang]


def _parts(stop: bool, steps: list[str], fired: set[str], answers: Mapping[str, Any]) -> list[Part]:
    escrowed = answers.get("escrow") in ("all", "current_milestone")
    asked_contacts = "contact_details" in (answers.get("warning_signs") or [])
    ids = _stop_ids(answers, steps, escrowed) if stop else _before_move_ids(steps, escrowed, asked_contacts)
    parts = [p for p in (BY_ID[i] for i in dict.fromkeys(ids)) if fired & set(p.rules)]
    if not stop and not [p for p in parts if "later" not in p.id]:
        parts = [p for p in [BY_ID["confirm_move"]] if fired & set(p.rules)] + parts
    said = {p.id for p in parts}
    if stop and "withdraw" in said:                  # a scam: decline and withdraw, nothing else asked of them
        parts = [p for p in parts if p.id not in ("continue_here", "ask_about_work_here", "escrow_please",
                                                  "keep_deal_on_platform", "stay_on_coconala")]
    elif stop and said & set(STAYS):                 # it already says where to go on
        parts = [p for p in parts if p.id != "continue_here"]
    if stop and {"stay_on_coconala", "keep_deal_on_platform"} <= said:
        parts = [p for p in parts if p.id != "stay_on_coconala"]  # the decline already says where to talk
    return parts


def _stop_ids(answers: Mapping[str, Any], steps: list[str], escrowed: bool) -> list[str]:
    ids = [DECLINE_PARTS[s] for s in declined(answers)]
    if "decline_direct_deal" in ids:
        ids.insert(ids.index("decline_direct_deal") + 1, "keep_deal_on_platform")
    ids += ["ask_about_work_here", "stay_after_refusal", "stay_on_coconala"]
    if ("escrow_first" in ids or "confirm_escrow" in steps) and not escrowed:
        ids.append("escrow_please")
    return [*ids, "withdraw", "continue_here"]


def _before_move_ids(steps: list[str], escrowed: bool, asked_contacts: bool) -> list[str]:
    ids = [BEFORE_MOVE[s] for s in steps if s in BEFORE_MOVE]
    if "stay_until_contract" in ids:                 # the contract and the escrow first: it says both
        ids = [i for i in ids if i not in ("ask_escrow", "propose_request")]
    if "ask_escrow" in ids and not {"propose_request", "wait_request", "lancers_wait_escrow"} & set(ids):
        ids.insert(ids.index("ask_escrow") + 1, "move_after_escrow")
    if "lancers_wait_escrow" in ids and not escrowed:
        ids.insert(ids.index("lancers_wait_escrow") + 1, "lancers_ask_escrow")
    ids.append("contact_details_later")
    if asked_contacts and "lancers_contact" in ids:  # the Chatwork ID and the other contact details in one
        ids[ids.index("lancers_contact")] = "lancers_contacts_later"
    return [*ids, "lancers_contacts_later"]


def _compose(parts: list[Part], stop: bool, platform: str, lang: str) -> str:
    lines = [OPEN[lang], *([] if stop else [THANKS_FOR_PROPOSAL[lang]])]
    cushions = 0
    for part in parts:
        text = part.text[lang].format(platform=platform)
        cushion = next((c for c in CUSHIONS[lang] if text.startswith(c)), None)
        if cushion:
            if cushions:
                rest = text[len(cushion):]
                text = SHORTER[lang][min(cushions, len(SHORTER[lang])) - 1] + rest
                text = text[0].upper() + text[1:]
            cushions += 1
        lines.append(text)
    return ("\n" if lang == "ja" else "\n\n").join([*lines, CLOSE[lang]])
