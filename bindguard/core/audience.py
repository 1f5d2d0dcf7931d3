"""Words for the one who reads them (issue 20, point 6): the catalog is written once for everyone,
and these rules fit its words to the situation before the screen or the paper shows them.

- The old number still works (situations 1 and 3): a script never says it is dead (“旧号码已经停用”);
  it says the number is going out of use.
- A recycled number (situation 4): the accounts, cards and loans are the previous holder's, so an
  entry's note never speaks to her as their owner (“没还清的，先把手机号换好，不要错过还款”). Her own
  bank card's script never says her earlier number is dead (it may well still work): she asks to
  change the card's number to this new one.
- A payment app whose number follows another account (微信支付 follows 微信, the catalog's own note
  says so) gets, as its first way, changing the number there: its own way only unbinds cards.

OTHER_AUDIENCE lists, per situation, words that belong to another one; a test reads every string each
situation shows and prints for them."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bindguard.core.catalog import Route, RouteKind, Text
from bindguard.core.situation import Situation

if TYPE_CHECKING:
    from bindguard.core.catalog import Catalog, Platform

# words that say the old number is dead, and what the old number's owner says instead while it still works
_DEAD_ZH = (("已经停用", "以后不用了"), ("已经注销", "以后不用了"), ("已经收不到短信", "以后不用了"))
_DEAD_EN = ((re.compile(r"\bis no longer in use\b"), "will no longer be used"),
            (re.compile(r"\bno longer receives SMS\b"), "will no longer be used"),
            (re.compile(r"\bis stopped\b"), "is going out of use"))
# situation 4: what claims the earlier number is dead, taken out (her earlier number may well still work)
_CLAIM_ZH = ("已经停用", "已停用", "已经注销", "已经不用了", "收不到验证码", "收不到短信")
_CLAIM_ZH_STEPS = (("说明旧号码已停用，要", "说明要"), ("说明旧号码已经停用，要", "说明要"),
                   ("说明旧号码已经不用了，要", "说明要"), ("说明旧号码已经不用了，问", "问"))
_CLAIM_EN = ((re.compile(r",? and the old one is stopped, so I get no codes"), ""),
             (re.compile(r"\b(Hello), (?:my old number is stopped and gets no codes|I no longer use my old "
                         r"(?:phone )?number(?: and get no codes)?)\. "), r"\1. "),
             (re.compile(r" and no longer use my old number\. How can I change it to"),
              ". How can I change the account's number to"),
             (re.compile(r" and no longer use (?:my old number|the old one)\."), "."),
             (re.compile(r"\bSay that the old number is stopped and you want the new one\."),
              "Say that you want the number changed to the new one."),
             (re.compile(r"\bSay the old number is no longer in use and ask\b"), "Ask"),
             (re.compile(r"\bSay the old number is no longer in use and you want\b"), "Say you want"))
# a title's condition on the earlier number ("旧号码停用：在招商银行 App …"): the way itself is kept
_CLAIM_TITLE_ZH = ("停用", "不能用")  # in the part before "：" of a title starting with 旧号码
_CLAIM_TITLE_EN = re.compile(r"^Old number (?:no longer works|stopped|is stopped): ")
# sentences that speak to the owner of a loan or a balance: not to the new holder of a recycled number
_OWNER_ZH = ("借过钱", "还款", "还清", "您的余额")
_OWNER_EN = ("borrowed", "repayment", "paid off", "loan is still open", "open loans", "your balance")

OTHER_AUDIENCE: dict[Situation, tuple[str, ...]] = {
    Situation.CANCEL_SOON: ("已经停用", "已经注销", "已经收不到短信", "is no longer in use", "is stopped",
                            "no longer receives SMS"),
    Situation.SWITCH: ("已经停用", "已经注销", "已经收不到短信", "is no longer in use", "is stopped",
                       "no longer receives SMS"),
    Situation.OLD_DEAD: ("旧号码会收到验证码", "the old number gets a code"),
    Situation.RECYCLED: ("不要错过还款", "没还清", "miss no repayment", "loan is still open", "open loans",
                         "钱还有风险", "Money is still at risk", "可能忘了的账号", "you may have forgotten",
                         # her earlier number said to be dead, in what she says or is told to say
                         "旧号码已经停用，收不到", "我的旧号码已经停用", "旧号码已经不用了", "说明旧号码已停用",
                         "旧号码停用：", "旧号码不能用了：", "and the old one is stopped", "my old number is stopped",
                         "I no longer use my old", "no longer use the old one", "Say that the old number is stopped",
                         "Say the old number is no longer in use", "Old number stopped:",
                         "Old number no longer works:"),
}

# A recycled number's money items (the finish page's red list, the paper's summary): the apps' accounts are
# probably the previous holder's, so "钱还有风险" read as if the money were hers (issue 20, a user walk).
# Her own bank cards may be on the list too (the bank page asks for them): the note names the apps only.
RECYCLED_MONEY_NOTE = Text(
    "这些 App 里的账号多半是上一个机主的，钱不是您的：不要动，也不要转钱进去，请平台解除这个号码的绑定。",
    "These apps' accounts are probably the previous holder's, and so is their money: touch none of it; "
    "have each platform release this number.")


# Why a query (discovery item) matters, on the work page: on a recycled number nothing found is hers to
# have forgotten, it is what the previous holder left (a walk, situation 4: "可能忘了的账号和银行卡").
QUERY_REASON = Text("这一步帮您找出可能忘了的账号和银行卡。",
                    "This finds the accounts and bank cards you may have forgotten.")
QUERY_REASON_RECYCLED = Text("这一步帮您查出上一个机主还留在这个号码上的账号和银行卡。",
                             "This finds the accounts and bank cards the previous holder left tied to this number.")


def query_reason(situation: Situation | None) -> Text:
    """Why a discovery item matters, in the words of the one who reads it."""
    return QUERY_REASON_RECYCLED if situation is Situation.RECYCLED else QUERY_REASON


def money_left_note(situation: Situation) -> Text | None:
    """What the money items left mean for whoever reads them: on a recycled number they are mostly a
    stranger's accounts (RECYCLED_MONEY_NOTE); None where they are hers."""
    return RECYCLED_MONEY_NOTE if situation is Situation.RECYCLED else None


# payment apps whose phone number is another account's (the catalog note of each says so)
FOLLOWS = {"wechat_pay": "wechat"}


def _alive(text: Text) -> Text:
    zh, en = text.zh, text.en
    for dead, alive in _DEAD_ZH:
        zh = zh.replace(dead, alive)
    if "no longer" in en or "is stopped" in en:  # what _DEAD_EN looks for; most texts say neither
        for dead, alive in _DEAD_EN:
            en = dead.sub(alive, en)
    return text if (zh, en) == (text.zh, text.en) else Text(zh, en)


def _not_owner(text: Text) -> Text | None:
    zh = "".join(s for s in re.split(r"(?<=[。！？])", text.zh) if not any(w in s for w in _OWNER_ZH))
    en = " ".join(s for s in re.split(r"(?<=[.!?])\s+", text.en) if not any(w in s for w in _OWNER_EN))
    return Text(zh, en) if zh.strip() or en.strip() else None


def fit_text(text: Text | None, situation: Situation) -> Text | None:
    """A catalog text in the words that fit the situation (None stays None; a note left empty is None)."""
    if text is None:
        return None
    if situation.old_number_works:
        return _alive(text)
    if situation is Situation.RECYCLED:
        return _not_owner(text)
    return text


def _no_claim_zh(text: str) -> str:
    """The Chinese without the clauses that say the earlier number is dead; a greeting left alone joins
    the sentence after it (“您好，我的旧号码已经停用，收不到验证码。我想……” → “您好，我想……”)."""
    for old, new in _CLAIM_ZH_STEPS:
        text = text.replace(old, new)
    sentences = []
    for sentence in re.split(r"(?<=[。！？])", text):
        end = sentence[-1:] if sentence[-1:] in "。！？" else ""
        clauses = [c for c in sentence.removesuffix(end).split("，") if not any(w in c for w in _CLAIM_ZH)]
        if clauses:
            sentences.append("，".join(clauses) + end)
    joined = "".join(sentences)
    return re.sub(r"^您好。", "您好，", joined)


def _not_dead(text: Text, title: bool = False) -> Text:
    """Situation 4: nothing claims her earlier number is dead (fit_route_words)."""
    zh, en = text.zh, text.en
    if title:
        condition, colon, rest = zh.partition("：")
        if colon and condition.startswith("旧号码") and any(w in condition for w in _CLAIM_TITLE_ZH):
            zh = rest
        en = _CLAIM_TITLE_EN.sub("", en)
        en = en[:1].upper() + en[1:]
    else:
        zh = _no_claim_zh(zh)
        for claim, instead in _CLAIM_EN:
            en = claim.sub(instead, en)
    return text if (zh, en) == (text.zh, text.en) else Text(zh, en)


def fit_route_words(route: Route, situation: Situation) -> Route:
    """The route's title, steps and what to say, fitted (steps are never dropped, only reworded).
    Situations 1 and 3: the old number is going out of use, not dead. Situation 4: her earlier number
    is not said to be dead at all (her own bank card: she asks to change its number to this one)."""
    if situation is Situation.RECYCLED:
        fit, fit_title = _not_dead, (lambda t: _not_dead(t, title=True))
    elif situation.old_number_works:
        fit, fit_title = _alive, _alive
    else:
        return route
    steps = tuple(fit(step) for step in route.steps)
    say = fit(route.say) if route.say is not None else None
    title = fit_title(route.title)
    if steps == route.steps and say == route.say and title == route.title:
        return route
    return replace(route, title=title, steps=steps, say=say)


def follow_route(platform: Platform, catalog: Catalog, situation: Situation) -> Route | None:
    """For a payment app whose number is another account's and which has no way of its own to change it:
    the first way is changing the number in that account (the item of its own on the list)."""
    other = catalog.platforms.get(FOLLOWS.get(platform.id, ""))
    if other is None or situation is Situation.RECYCLED or platform.routes_of(RouteKind.REBIND):
        return None
    name, owner = platform.name, other.name
    return Route(
        RouteKind.REBIND,
        Text(f"在{owner.zh}里换手机号", f"Change the number in {owner.en}"),
        (Text(f"{name.zh}跟着{owner.zh}账号走：按清单上“{owner.zh}”那一项的办法，把{owner.zh}的手机号换好。",
              f"{name.en} follows your {owner.en} account: change {owner.en}'s number as its own item on "
              "the list says."),
         Text(f"换好以后，打开{name.zh}看看：绑着的每张银行卡，银行那边预留的手机号要去银行改，不用的卡可以解绑（见下面的办法）。",
              f"Then open {name.en}: each bank card in it keeps the number the bank has on file; have the bank "
              "change it, or unbind cards you do not use (see the ways below)."),
         ),
        (),
        platform.confidence,
        platform.sources,
    )
