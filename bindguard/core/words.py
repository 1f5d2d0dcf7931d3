"""The words core says itself (the paper, the command line, sentences the pages show): status
words, progress, money left, durations. Page wording lives in tr() and the .ts files."""

from __future__ import annotations

from bindguard.core.checklist import ChecklistItem, ItemKind, Status, progress

STATUS_LABELS: dict[Status, dict[str, str]] = {
    Status.TODO: {"zh": "未处理", "en": "To do"},
    Status.DONE: {"zh": "已完成", "en": "Done"},
    Status.NOT_APPLICABLE: {"zh": "没有这个账号", "en": "No such account"},
    Status.LATER: {"zh": "稍后再做", "en": "Later"},
    Status.STUCK: {"zh": "遇到困难", "en": "Stuck"},
}
# 没有这个账号 fits an account; a bank card, a discovery or a carrier step is simply not needed.
NOT_NEEDED_LABEL: dict[str, str] = {"zh": "不需要", "en": "Not needed"}


def status_label(status: Status, kind: ItemKind, lang: str) -> str:
    """The status word fitting the item: 没有这个账号 only for accounts, 不需要 for the rest."""
    lang = "zh" if lang == "zh" else "en"
    if status is Status.NOT_APPLICABLE and kind not in (ItemKind.PLATFORM, ItemKind.CUSTOM):
        return NOT_NEEDED_LABEL[lang]
    return STATUS_LABELS[status][lang]


def progress_words(items: list[ChecklistItem], lang: str) -> str:
    """"已完成 5 项，还剩 10 项": finished (done or not needed) and still open."""
    count = progress(items)
    left = count.total - count.finished
    if lang == "zh":
        return f"已完成 {count.finished} 项，还剩 {left} 项"
    return f"{count.finished} done, {left} left"


def money_left_words(items: list[ChecklistItem], lang: str) -> str:
    """"有 3 个涉及钱的项目还没做完，其中 1 个遇到困难。" for the items of `money_left`: the number
    listed, and how many of them are stuck (listed under their own heading on paper)."""
    count = len(items)
    stuck = sum(1 for i in items if i.status is Status.STUCK)
    if lang == "zh":
        stuck_words = f"，其中 {stuck} 个遇到困难" if stuck else ""
        return f"有 {count} 个涉及钱的项目还没做完{stuck_words}。"
    head = (f"{count} item that involves money is not finished yet" if count == 1
            else f"{count} items that involve money are not finished yet")
    if stuck:
        head += ", and it is stuck" if count == 1 else f", {stuck} of them stuck"
    return head + "."


def duration_words(minutes: int, lang: str) -> str:
    """"1 小时 25 分钟": to the 5 minutes of estimate_minutes, so that every item ticked or added
    changes the words (rounded to half hours, 11 and 13 items both read "1 个半小时": a user walk)."""
    hours, rest = divmod(minutes, 60)
    if lang == "zh":
        parts = ([f"{hours} 小时"] if hours else []) + ([f"{rest} 分钟"] if rest or not hours else [])
        return " ".join(parts)
    parts = ([f"{hours} hour" + ("s" if hours > 1 else "")] if hours else []) + (
        [f"{rest} minutes"] if rest or not hours else [])
    return " ".join(parts)


def join_sentences(lang: str, *sentences: str) -> str:
    """Sentences one after another: Chinese ones join without a space (“……再做。清单上有……”)."""
    return ("" if lang == "zh" else " ").join(s for s in sentences if s)
