"""Routes that fit the situation (PRODUCT.md §2-§4): decided here, used by the screen and the paper.

- The old number gets no SMS (situation 2, or the user answered "no" for an item): a route that needs
  `old_sms` is never offered. When nothing else is left, the item says plainly that the usual way
  needs the old number, and the general way (general_ways.toml) is offered.
- A recycled number (situation 4): no route asks for the old number; a route of a discovery or
  carrier step that sends a code to "the number" sends it to this one, the user's new number.
  Counts and SMS matches are the previous holder's accounts: the words say so.
- Switching (situation 3): every way that changes the number names its target, the new number.

Nothing here imports Qt; texts are bilingual `Text` (catalog data) or resolved by `lang`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bindguard.core.audience import fit_route_words, follow_route
from bindguard.core.catalog import (
    Catalog,
    Confidence,
    DiscoveryService,
    Need,
    Platform,
    Route,
    RouteKind,
    Text,
)
from bindguard.core.checklist import Checklist, ChecklistItem, ItemKind, old_number_works
from bindguard.core.situation import Situation
from bindguard.core.words import LIST_SEP, USE_INSTEAD


def route_order(situation: Situation, old_works: bool) -> tuple[RouteKind, ...]:
    """Which kind of route to offer first: with a dead number only no-code routes can work."""
    if situation is Situation.RECYCLED:
        return (RouteKind.RECYCLED, RouteKind.NO_CODE, RouteKind.REBIND, RouteKind.CLOSE)
    if not old_works or situation is Situation.OLD_DEAD:
        return (RouteKind.NO_CODE, RouteKind.CLOSE, RouteKind.REBIND)
    return (RouteKind.REBIND, RouteKind.NO_CODE, RouteKind.CLOSE)


@dataclass(frozen=True)
class OfferedRoute:
    """One way to do an item, as offered: 办法 {number}."""

    number: int  # 1-based, in the offered order: "办法 1"
    route: Route  # its `needs` already fit the situation (never old_sms where that cannot work)
    fallback: bool  # a route of the general way (通用办法：大多数 App 是这样改的), not the entry's own
    kind_words: Text  # what kind of way, in words that fit the situation
    target: Text | None = None  # situation 3: "换成新号码 139****5678"

    @property
    def needs(self) -> tuple[Need, ...]:
        return self.route.needs


@dataclass(frozen=True)
class RoutePlan:
    """Everything the screen or the paper shows about how to do one item."""

    routes: tuple[OfferedRoute, ...]
    held_back: tuple[Route, ...] = ()  # need what the situation lacks: never shown as a way
    notice: Text | None = None  # one plain line above the routes, e.g. the usual way needs the old number
    usable: bool = True  # False: nothing offered can be done now (a discovery service needing old SMS)
    instead: tuple[str, ...] = ()  # entry ids to use instead (discovery services of the situation)
    several: Text | None = None  # one number may hold several accounts here: check each

    @property
    def first(self) -> OfferedRoute | None:
        return self.routes[0] if self.routes else None


# -- words -------------------------------------------------------------------------------------

KIND_WORDS: dict[str, Text] = {
    "rebind_old": Text("换绑手机号（旧号码会收到验证码）", "Change the number (the old number gets a code)"),
    "rebind": Text("换绑手机号", "Change the number"),
    "no_code": Text("不用旧号码的验证码", "Without a code to the old number"),
    "no_code_recycled": Text("不用短信验证码", "Without an SMS code"),
    "close": Text("不用了，就注销账号", "Close the account instead"),
    "recycled": Text("号码以前是别人的：处理上一个机主的账号",
                     "The number was someone else's: the previous holder's account"),
    "fallback": Text("通用办法（菜单对不上时）", "General way (if the menus look different)"),
    "step": Text("怎么做", "How to do it"),
}

USUAL_WAY_NEEDS_OLD = Text(
    "平常的办法要给旧号码发验证码，现在用不了。请用“通用办法”：找客服、申诉，或者去柜台。",
    "The usual way sends a code to the old number, which cannot work now. Use the general way: "
    "customer service, an appeal or a counter.",
)
USUAL_WAY_NEEDS_OLD_NO_FALLBACK = Text(
    "平常的办法要给旧号码发验证码，现在用不了。请打客服电话，或者带上身份证去柜台问。",
    "The usual way sends a code to the old number, which cannot work now. Call the hotline, or take "
    "your ID card to a counter and ask.",
)
DISCOVERY_NEEDS_OLD = Text("需要旧号码能收短信：现在用不了。",
                           "Needs the old number to receive SMS: cannot be used now.")
RECYCLED_NOTICE = Text(
    "这个号码以前是别人的：这里绑着这个号码的账号，可能是上一个机主的。不是您的账号，不用去换绑："
    "先用“二次号码焕新”，再用标着“号码以前是别人的”的办法处理。",
    "This number was someone else's: an account here tied to it may be the previous holder's. If it is not "
    "yours, do not change it: use 二次号码焕新 (recycled-number renewal) first, then the ways marked "
    "“the number was someone else's”.",
)


def several_accounts(entry: object, situation: Situation) -> Text | None:
    """One number can hold several accounts on some apps (百度, 微博 … up to 5): the user may have
    more than one, or, with a recycled number, the previous holder may have left more than one.
    None where the catalog knows of no such limit above one."""
    n = entry.accounts_per_number if isinstance(entry, Platform) else 0
    if n <= 1:
        return None
    # the name without its bracketed explanation: "百度网盘（百度账号）" reads badly inside a sentence
    zh, en = entry.name.zh.split("（")[0], entry.name.en.split(" (")[0]
    if situation is Situation.RECYCLED:
        return Text(f"一个手机号在{zh}最多能注册 {n} 个账号：上一个机主可能留下了不止一个。"
                    "找客服时请说明，这个号码上的每一个账号都要解除。",
                    f"One number can hold up to {n} accounts on {en}: the previous holder may have left "
                    "more than one. When you ask customer service, say that every account on this number "
                    "must be released.")
    return Text(f"一个手机号在{zh}最多能注册 {n} 个账号。您可能不止一个："
                "每一个都要换绑，别漏了不常用的那个。",
                f"One number can hold up to {n} accounts on {en}. You may have more than one: "
                "change the number on each, including the one you rarely use.")


def target_words(checklist: Checklist) -> Text:
    number = checklist.new_number
    if number:
        return Text(f"换成新号码 {number}", f"to the new number {number}")
    return Text("换成您的新号码", "to your new number")


# -- the rules ---------------------------------------------------------------------------------


def lacks_old_sms(checklist: Checklist, item: ChecklistItem | None = None) -> bool:
    """True when a code sent to the old number cannot be used: the old number is dead (or the user
    said so for this item), or there is no old number at all (a recycled number)."""
    if checklist.situation is Situation.RECYCLED:
        return True
    if item is None:
        return not checklist.situation.old_number_works
    return not old_number_works(checklist, item)


def fit_route(route: Route, checklist: Checklist, item: ChecklistItem | None) -> Route | None:
    """The route as it may be offered, or None when it needs what the situation lacks.

    On a recycled number a discovery or carrier step's code goes to this number, the user's own new
    one: its `old_sms` reads `new_sms`. Everywhere else a route needing `old_sms` is held back when
    the old number cannot receive SMS."""
    if (checklist.situation is Situation.RECYCLED and route.kind is RouteKind.NO_CODE
            and item is not None and item.kind is ItemKind.PLATFORM):
        # an app's account on a recycled number is the previous holder's: its no-code ways (a face
        # scan, an appeal "my old number stopped") prove the owner, which the new holder is not
        return None
    if Need.OLD_SMS not in route.needs or not lacks_old_sms(checklist, item):
        return route
    step_kind = item is not None and item.kind in (ItemKind.DISCOVERY, ItemKind.CARRIER)
    if checklist.situation is Situation.RECYCLED and (step_kind or item is None):
        needs = tuple(dict.fromkeys(Need.NEW_SMS if n is Need.OLD_SMS else n for n in route.needs))
        return replace(route, needs=needs)
    return None


def _kind_words(route: Route, fallback: bool, checklist: Checklist, item: ChecklistItem,
                label: Text | None = None) -> Text:
    if item.kind in (ItemKind.DISCOVERY, ItemKind.CARRIER) and route.kind is not RouteKind.RECYCLED:
        return KIND_WORDS["step"]
    if fallback:
        return label or KIND_WORDS["fallback"]
    if route.kind is RouteKind.REBIND:
        if checklist.situation is Situation.SWITCH:  # the target follows: "，换成新号码 139****4321"
            return KIND_WORDS["rebind"]
        return KIND_WORDS["rebind_old" if Need.OLD_SMS in route.needs else "rebind"]
    if route.kind is RouteKind.NO_CODE and checklist.situation is Situation.RECYCLED:
        return KIND_WORDS["no_code_recycled"]
    return KIND_WORDS[route.kind.value]

# A number used before, on a platform whose catalog entry has no route of its own for that: the way
# every platform shares (二次号码焕新, then the platform's customer service). Our plain advice, built
# from the 二次号码焕新 facts (MIIT notice, platform-facts.md §1.3), not a platform's own procedure,
# hence "reported"; it asks for nothing the new holder lacks.
RECYCLED_GENERIC = Route(
    RouteKind.RECYCLED,
    Text("号码以前是别人的：先办“二次号码焕新”，再找客服", "The number was someone else's: 二次号码焕新 first, "
         "then customer service"),
    (
        Text("在您的营业厅 App 里办“二次号码焕新”（见“最后一步”）。它会请很多 App 解除前一个机主的绑定，"
             "一般要等几天。",
             "Use 二次号码焕新 in your carrier's app (see the last step). It asks many apps to drop the previous "
             "holder's binding; this usually takes a few days."),
        Text("过几天再用这个号码登录这个 App。如果进去的是别人的账号，不要改动里面的任何东西，也不要往里面转钱。",
             "After a few days, sign in to the app with this number. If it opens someone else's account, change "
             "nothing in it and never send money to it."),
        Text("还是别人的账号，就找这个 App 的客服，说明号码是您新办的，请他们解除前一个机主的绑定；"
             "然后再用这个号码注册您自己的账号。",
             "If it is still someone else's, contact the app's customer service: say the number is newly yours "
             "and ask them to release the previous holder's binding; then sign up with the number yourself."),
    ),
    (Need.NEW_SMS,),
    Confidence.REPORTED,
    (("https://dzswgf.mofcom.gov.cn/news/43/2025/4/1745387431668.html (MIIT's Q1 2025 notice, reprinted: "
      "二次号码焕新 covers more than 200 apps)"),
     "shared/research/platform-facts.md §1.3"),
    Text("您好，我这个手机号是新办的，但是用它登录时进的是别人的账号，应该是上一个机主的。请帮我解除这个号码和那个账号的绑定，"
         "我好用它注册自己的账号。",
         "Hello, this phone number is newly mine, but signing in with it opens someone else's account, probably "
         "the previous holder's. Please release this number from that account so I can sign up with it."),
)


def plan_routes(checklist: Checklist, item: ChecklistItem, catalog: Catalog) -> RoutePlan:
    """The item's ways in the order to show them, fitted to the situation, and what to say when
    none of the item's own ways can work."""
    entry = catalog.entry(item.ref) if item.ref else None
    order = route_order(checklist.situation, old_number_works(checklist, item))
    candidates: list[tuple[Route, bool]] = []
    if entry is not None:
        if (checklist.situation is Situation.RECYCLED and isinstance(entry, Platform)
                and not entry.routes_of(RouteKind.RECYCLED)):
            candidates.append((RECYCLED_GENERIC, False))  # the way that fits, before the generic ones
        follow = follow_route(entry, catalog, checklist.situation) if isinstance(entry, Platform) else None
        if follow is not None:  # 微信支付: change the number in 微信 first (core/audience.py)
            candidates.append((follow, False))
        for kind in order:
            candidates.extend((r, False) for r in entry.routes_of(kind))
    way = catalog.general_way_of(entry)
    if way is not None and (checklist.situation is Situation.RECYCLED and isinstance(entry, Platform)):
        way = None  # the account is the previous holder's: how to change *your* number does not fit
    general: list[Route] = []
    if way is not None:
        general = [r for kind in order for r in way.routes_of(kind)]
        # a payment app's first way changes the number: the general way before closing or unbinding
        closing = [i for i, (r, _) in enumerate(candidates) if r.kind is RouteKind.CLOSE]
        payment = isinstance(entry, Platform) and entry.category == "payment"
        at = closing[0] if closing and payment else len(candidates)
        candidates[at:at] = [(r, True) for r in general]
    label = way.label if way is not None else None
    offered: list[OfferedRoute] = []
    originals: list[Route] = []  # the catalog's route behind each offered one
    held: list[Route] = []
    account = item.kind in (ItemKind.PLATFORM, ItemKind.BANK_CARD, ItemKind.CUSTOM)
    for route, is_fallback in candidates:
        fitted = fit_route(route, checklist, item)
        if fitted is None:
            if not is_fallback:
                held.append(route)
            continue
        target = None
        if (checklist.situation is Situation.SWITCH and account
                and route.kind in (RouteKind.REBIND, RouteKind.NO_CODE)):
            target = target_words(checklist)
        offered.append(OfferedRoute(len(offered) + 1, fitted, is_fallback,
                                    _kind_words(fitted, is_fallback, checklist, item, label), target))
        originals.append(route)
    if entry is not None and entry.routes:
        offered = _renumber(offered, originals, entry.routes)
    offered = [replace(o, route=fit_route_words(o.route, checklist.situation)) for o in offered]  # audience
    notice = None
    usable = True
    instead: tuple[str, ...] = ()
    own = [o for o in offered if not o.fallback]
    if held and not own:
        if isinstance(entry, DiscoveryService):
            notice, usable = DISCOVERY_NEEDS_OLD, False
            instead = discovery_instead(checklist, catalog, entry.id)
        elif any(o.fallback for o in offered):
            notice = USUAL_WAY_NEEDS_OLD
        else:
            notice = USUAL_WAY_NEEDS_OLD_NO_FALLBACK
            usable = bool(offered)
    elif (checklist.situation is Situation.RECYCLED and item.kind is ItemKind.PLATFORM
          and not (offered and offered[0].route.kind is RouteKind.RECYCLED)):
        notice = RECYCLED_NOTICE  # the first way already says it (its heading): said once, not twice
    return RoutePlan(tuple(offered), tuple(held), notice, usable, instead,
                     several_accounts(entry, checklist.situation))


# "按办法 2 的路径" / "as in route 2" in the catalog means the entry's 2nd route in its file. The
# screen shows the routes in the situation's order, so the number is rewritten to the one shown; a
# route that is not shown (it needs what the situation lacks) is named by its title instead.
_ZH_ROUTE_NUMBER = re.compile(r"办法\s*(\d+)(\s?)")
_EN_ROUTE_NUMBER = re.compile(r"\b([Rr]oute)\s+(\d+)\b")


def _renumber(offered: list[OfferedRoute], originals: list[Route], file_routes: tuple[Route, ...]
              ) -> list[OfferedRoute]:
    shown: dict[int, int] = {}
    for o, original in zip(offered, originals, strict=True):
        for index, route in enumerate(file_routes, 1):
            if route is original:
                shown[index] = o.number

    def zh(match: re.Match) -> str:
        index = int(match.group(1))
        if index in shown:
            return f"办法 {shown[index]}{match.group(2)}"
        if 1 <= index <= len(file_routes):  # "按办法 1 的路径" -> "按“…”这个办法的路径"
            return f"“{file_routes[index - 1].title.zh}”这个办法"
        return match.group(0)

    def en(match: re.Match) -> str:
        index = int(match.group(2))
        if index in shown:
            return f"{match.group(1)} {shown[index]}"
        if 1 <= index <= len(file_routes):
            return f"the route “{file_routes[index - 1].title.en}”"
        return match.group(0)

    def text(value: Text | None) -> Text | None:
        if value is None:
            return None
        new = Text(_ZH_ROUTE_NUMBER.sub(zh, value.zh), _EN_ROUTE_NUMBER.sub(en, value.en))
        return value if new == value else new

    out = []
    for o in offered:
        steps = tuple(text(step) for step in o.route.steps)
        say = text(o.route.say)
        if steps != o.route.steps or say is not o.route.say:
            o = replace(o, route=replace(o.route, steps=steps, say=say))
        out.append(o)
    return out


def discovery_usable(service: DiscoveryService, checklist: Checklist) -> bool:
    """Whether at least one of the service's routes can be done in this situation."""
    return any(fit_route(r, checklist, None) is not None for r in service.routes) or not service.routes


def discovery_instead(checklist: Checklist, catalog: Catalog, exclude: str = "") -> tuple[str, ...]:
    """The situation's discovery services that can be used now: what to use instead."""
    situation = checklist.situation.value
    return tuple(s.id for s in catalog.discovery.values()
                 if s.id != exclude and situation in s.situations and discovery_usable(s, checklist))


@dataclass(frozen=True)
class DiscoveryFit:
    """How the discovery page shows one service in this situation."""

    service: DiscoveryService
    usable: bool
    notice: Text | None  # DISCOVERY_NEEDS_OLD when it needs the dead number's SMS
    instead: tuple[str, ...]  # ids of services to use instead

    def instead_words(self, catalog: Catalog, lang: str) -> str:
        """"可以改用：一证通查(名下电话卡)、云闪付“一键查卡”。" ("" when nothing is needed)."""
        if self.usable or not self.instead:
            return ""
        names = [catalog.discovery[i].name.get(lang) for i in self.instead]
        return USE_INSTEAD.get(lang).format(names=LIST_SEP.get(lang).join(names))


def discovery_fits(checklist: Checklist, catalog: Catalog) -> list[DiscoveryFit]:
    """The situation's discovery services in catalog order, each marked usable or not now; the ones that
    cannot be used now (一证通查2.0 when the old number is dead) come last, after what the user can do."""
    situation = checklist.situation.value
    out = []
    for service in catalog.discovery.values():
        if situation not in service.situations:
            continue
        usable = discovery_usable(service, checklist)
        out.append(DiscoveryFit(service, usable, None if usable else DISCOVERY_NEEDS_OLD,
                                () if usable else discovery_instead(checklist, catalog, service.id)))
    return sorted(out, key=lambda fit: not fit.usable)  # stable: catalog order within each group


# -- 遇到困难 ------------------------------------------------------------------------------------

STUCK_TIP = Text(
    "做不下去也没关系：可以请家里人帮您一起看，或者带上身份证去柜台（银行、营业厅、办事窗口）当面问。",
    "It is all right to get stuck: ask someone in your family to look at it with you, or take your ID card "
    "to a counter (bank, carrier shop, service window) and ask in person.",
)
GENERIC_SAY = {
    Situation.CANCEL_SOON: Text(
        "您好，我要注销旧手机号，想先把账号绑定的手机号换成新号码，但是按步骤做不下去。请问还有什么办法？",
        "Hello, I am about to cancel my old number and want to move my account to a new number first, but the "
        "steps do not work for me. What else can I do?"),
    Situation.OLD_DEAD: Text(
        "您好，我的旧手机号已经停用，收不到验证码。我想把账号绑定的手机号换成新号码，请问可以怎么验证身份？",
        "Hello, my old number is stopped and gets no codes. I want to change the number on my account to the "
        "new one. How can I verify who I am?"),
    Situation.SWITCH: Text(
        "您好，我换了新手机号，想把账号绑定的手机号换成新号码，但是按步骤做不下去。请问还有什么办法？",
        "Hello, I have a new phone number and want to move my account to it, but the steps do not work for me. "
        "What else can I do?"),
    Situation.RECYCLED: Text(
        "您好，我新办的手机号以前是别人用过的，这个号码上绑着别人的账号。请帮我解除这个号码和别人账号的绑定。",
        "Hello, my new phone number was used by someone before, and other people's accounts are tied to it. "
        "Please remove this number from their accounts.",
    ),
}


@dataclass(frozen=True)
class StuckHelp:
    """What 遇到困难 opens, in place: every text already in the chosen language."""

    other_routes: tuple[OfferedRoute, ...]  # the item's other ways (not the first), general way excluded
    fallback: OfferedRoute | None  # the general way's way without the old number (or its last), if offered
    hotline: str  # "" when the catalog has none
    say: str  # what to say on the phone or at the counter
    tip: str  # ask a relative, or go to the counter
    notice: str = ""  # the plan's plain line, e.g. the usual way needs the old number


def stuck_help(checklist: Checklist, item: ChecklistItem, catalog: Catalog, lang: str) -> StuckHelp:
    plan = plan_routes(checklist, item, catalog)
    entry = catalog.entry(item.ref) if item.ref else None
    own = [o for o in plan.routes if not o.fallback]
    general = [o for o in plan.routes if o.fallback and o is not plan.first]
    fallback = next((o for o in general if o.route.kind is RouteKind.NO_CODE), general[-1] if general else None)
    # the entry's own words; else the plain sentence of the situation (the general way's words assume a
    # dead old number, which is not every situation)
    say = next((o.route.say for o in plan.routes if o.route.say is not None and not o.fallback), None)
    return StuckHelp(
        other_routes=tuple(own[1:]), fallback=fallback,
        hotline=entry.hotline if entry is not None else "",
        say=(say or GENERIC_SAY[checklist.situation]).get(lang),
        tip=STUCK_TIP.get(lang), notice=plan.notice.get(lang) if plan.notice else "",
    )
