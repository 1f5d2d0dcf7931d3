"""The words core says itself, each a bilingual `Text` (the paper, the command line, sentences the
pages show): status words, progress, money left, durations. Page wording lives in tr() and the .ts
files; the language is picked in one place, `bindguard.core.text`."""

from __future__ import annotations

from bindguard.core.checklist import ChecklistItem, ItemKind, Status, progress
from bindguard.core.text import Text, say

STATUS_LABELS: dict[Status, Text] = {
    Status.TODO: Text("未处理", "To do"),
    Status.DONE: Text("已完成", "Done"),
    Status.NOT_APPLICABLE: Text("没有这个账号", "No such account"),
    Status.LATER: Text("稍后再做", "Later"),
    Status.STUCK: Text("遇到困难", "Stuck"),
}
# 没有这个账号 fits an account; a bank card, a discovery or a carrier step is simply not needed.
NOT_NEEDED_LABEL = Text("不需要", "Not needed")
# Between sentences: Chinese ones join without a space (“……再做。清单上有……”).
SENTENCE_GAP = Text("", " ")
LIST_SEP = Text("、", ", ")  # between the names of a list in a line
# a discovery service that cannot be used now, and what to use instead (the discovery page, the paper)
USE_INSTEAD = Text("可以改用：{names}。", "Use instead: {names}.")


def status_text(status: Status, kind: ItemKind) -> Text:
    """The status word fitting the item: 没有这个账号 only for accounts, 不需要 for the rest."""
    if status is Status.NOT_APPLICABLE and kind not in (ItemKind.PLATFORM, ItemKind.CUSTOM):
        return NOT_NEEDED_LABEL
    return STATUS_LABELS[status]


def status_label(status: Status, kind: ItemKind, lang: str) -> str:
    return status_text(status, kind).get(lang)


def progress_words(items: list[ChecklistItem], lang: str) -> str:
    """"已完成 5 项，还剩 10 项": finished (done or not needed) and still open."""
    count = progress(items)
    left = count.total - count.finished
    return say(lang, f"已完成 {count.finished} 项，还剩 {left} 项", f"{count.finished} done, {left} left")


def money_left_words(items: list[ChecklistItem], lang: str) -> str:
    """"有 3 个涉及钱的项目还没做完，其中 1 个遇到困难。" for the items of `money_left`: the number
    listed, and how many of them are stuck (listed under their own heading on paper)."""
    count = len(items)
    stuck = sum(1 for i in items if i.status is Status.STUCK)
    zh_stuck = f"，其中 {stuck} 个遇到困难" if stuck else ""
    en = (f"{count} item that involves money is not finished yet" if count == 1
          else f"{count} items that involve money are not finished yet")
    if stuck:
        en += ", and it is stuck" if count == 1 else f", {stuck} of them stuck"
    return say(lang, f"有 {count} 个涉及钱的项目还没做完{zh_stuck}。", en + ".")


def duration_words(minutes: int, lang: str) -> str:
    """"1 小时 25 分钟": to the 5 minutes of estimate_minutes, so that every item ticked or added
    changes the words (rounded to half hours, 11 and 13 items both read "1 个半小时": a user walk)."""
    hours, rest = divmod(minutes, 60)
    show_minutes = bool(rest or not hours)
    zh = ([f"{hours} 小时"] if hours else []) + ([f"{rest} 分钟"] if show_minutes else [])
    en = ([f"{hours} hour" + ("s" if hours > 1 else "")] if hours else []) + (
        [f"{rest} minutes"] if show_minutes else [])
    return say(lang, " ".join(zh), " ".join(en))


# quotation marks a name may already hold (云闪付“一键查卡”): such a name is not wrapped again
QUOTE_MARKS = "“”‘’「」『』\"'"


def quoted(name: str) -> str:
    """An item's name as a sentence quotes it: “支付宝”, but a name that already holds quotation marks
    (云闪付“一键查卡”) is not wrapped in another pair ("“云闪付“一键查卡””已标记为": a user walk)."""
    if any(mark in name for mark in QUOTE_MARKS):
        return name
    return f"“{name}”"


def join_sentences(lang: str, *sentences: str) -> str:
    """Sentences one after another: Chinese ones join without a space (“……再做。清单上有……”)."""
    return SENTENCE_GAP.get(lang).join(s for s in sentences if s)
