"""Every message a user can see about something that went wrong, in Chinese and English.

Core raises BindGuardError with a stable code (logged in English) and parameters; the CLI and the
UI show `error.text(lang)`. Keeping every sentence here lets a reviewer check the wording of all
errors in one sitting: short sentences, no jargon, say what to do next.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["zh", "en"]

MESSAGES: dict[str, tuple[str, str]] = {
    # phone numbers
    "phone.empty": ("请填写手机号码。", "Please enter a phone number."),
    "phone.bad_char": (
        "手机号码里只能有数字(可以带空格、横线或 +86)。请去掉“{char}”。",
        "A phone number can only hold digits (spaces, dashes or +86 are fine). Please remove “{char}”.",
    ),
    "phone.too_short": (
        "这个号码只有 {count} 位数字。中国大陆手机号码是 11 位。",
        "This number has only {count} digits. A mainland China mobile number has 11.",
    ),
    "phone.too_long": (
        "这个号码有 {count} 位数字。中国大陆手机号码是 11 位。",
        "This number has {count} digits. A mainland China mobile number has 11.",
    ),
    "phone.not_mobile": (
        "这不像中国大陆手机号码:手机号码以 1 开头,第二位是 3 到 9。",
        "This does not look like a mainland China mobile number: it starts with 1, then a digit from 3 to 9.",
    ),
    "phone.same_as_old": ("新号码和旧号码相同。", "The new number is the same as the old one."),
    # dates
    "date.bad": (
        "看不懂这个日期。请按 2027-03-01 这样的格式填写。",
        "This date could not be read. Please write it like 2027-03-01.",
    ),
    "date.too_far": (
        "这个日期离今天太远了({date})。请检查年份。",
        "This date is too far from today ({date}). Please check the year.",
    ),
    # bank cards
    "card.last4": ("请填写银行卡号的最后 4 位数字。", "Please enter the last 4 digits of the card number."),
    "card.full_number": (
        "这里只填卡号的最后 4 位。为了安全,本程序不保存完整卡号。",
        "Enter only the last 4 digits. For your safety BindGuard never keeps a full card number.",
    ),
    "card.unknown_bank": ("请从列表里选一家银行。", "Please choose a bank from the list."),
    # checklists
    "checklist.name_empty": (
        "请写上这份清单是给谁的,例如“我自己”或“妈妈”。",
        "Please say who this checklist is for, e.g. “me” or “Mum”.",
    ),
    "checklist.not_found": ("找不到这份清单,可能已被删除。", "This checklist was not found. It may have been deleted."),
    "custom.name_empty": ("请写上这个账号的名称。", "Please give this account a name."),
    "text.at_limit": (
        "最多能写 {limit} 个字，后面的字写不进去了。请写短一点。",
        "At most {limit} characters fit here; anything longer is not taken. Please shorten it.",
    ),
    # catalog
    "catalog.invalid": (
        "程序自带的资料有错误,请联系我们:{detail}",
        "The app's built-in data has an error. Please tell us: {detail}",
    ),
    # store
    "store.corrupt": (
        "保存进度的文件已损坏。我们没有覆盖它,而是把它改名保存在:{path}。{restored}",
        "The file that keeps your progress is damaged. It was not overwritten: it was set aside as {path}. {restored}",
    ),
    "store.too_new": (
        "保存进度的文件来自更新版本的换号卫士。我们没有改动它,把它保存在:{path}。请安装最新版本。",
        "The progress file comes from a newer version of BindGuard. It was kept unchanged at {path}. "
        "Please install the newest version.",
    ),
    "store.restored_backup": (
        "已从 {when} 的自动备份恢复。",
        "Your progress was restored from the automatic backup of {when}.",
    ),
    "store.restored_empty": ("没有可用的备份,只能从头开始。", "No backup was available, so BindGuard starts afresh."),
    "store.in_use": (
        "换号卫士已经在运行(同一个资料文件夹)。请切换到已经打开的窗口。",
        "BindGuard is already running with the same data folder. Please switch to the open window.",
    ),
    "store.unwritable": (
        "无法在这个文件夹保存进度:{path}。请检查磁盘空间和权限。",
        "Progress cannot be saved in this folder: {path}. Please check disk space and permissions.",
    ),
    # notes vault
    "vault.no_backend": (
        "备注已锁定:这台电脑没有可用的系统密码库。在 Linux 上请安装并解锁 GNOME 密钥环(GNOME Keyring)"
        "或 KWallet,然后重新打开本程序。其他功能照常可用。",
        "Notes are locked: this computer has no usable system keyring. On Linux, install and unlock GNOME "
        "Keyring or KWallet, then reopen BindGuard. Everything else works as usual.",
    ),
    "vault.plaintext_backend": (
        "备注已锁定:系统密码库会把密钥以明文保存,不安全。请卸载 keyrings.alt,改用 GNOME 密钥环或 KWallet。",
        "Notes are locked: the keyring found would store the key in plain text. Please remove keyrings.alt "
        "and use GNOME Keyring or KWallet.",
    ),
    "vault.locked": (
        "备注已锁定:系统密码库没有解锁。请解锁后重新打开本程序。",
        "Notes are locked: the system keyring is locked. Unlock it, then reopen BindGuard.",
    ),
    "vault.denied": (
        "备注已锁定:系统密码库拒绝了访问。请在弹出的窗口中允许换号卫士访问。",
        "Notes are locked: the system keyring refused access. Allow BindGuard when the keyring asks.",
    ),
    "vault.key_missing": (
        "备注已锁定:系统密码库里的备注钥匙不见了。已写的备注仍然保存着,但无法打开。"
        "如果钥匙找不回来,可以选择“清除备注”重新开始。",
        "Notes are locked: the key for your notes is missing from the system keyring. Your notes are still "
        "kept but cannot be opened. If the key cannot be found, choose “Reset notes” to start again.",
    ),
    "vault.tampered": (
        "这条备注被改动过或已损坏,无法打开。原内容仍然保留着。",
        "This note was changed or damaged and cannot be opened. It is still kept as it was.",
    ),
    "vault.error": (
        "备注暂时打不开。请关闭本程序再打开;其他功能照常可用。",
        "Notes cannot be opened right now. Close BindGuard and open it again; everything else works as usual.",
    ),
    # privacy
    "privacy.card_in_text": (
        "这段文字里好像有完整的银行卡号。建议只保留最后 4 位。",
        "This text seems to contain a full bank card number. Keeping only the last 4 digits is safer.",
    ),
    "privacy.id_in_text": (
        "这段文字里好像有身份证号码。建议把它遮住。",
        "This text seems to contain an ID card number. Hiding it is safer.",
    ),
    # export
    "export.unwritable": ("无法保存文件:{path}", "The file could not be saved: {path}"),
    "export.no_output": (
        "请说明要保存什么:--pdf 文件名.pdf 和/或 --ics 文件名.ics。",
        "Say what to save: --pdf FILE.pdf and/or --ics FILE.ics.",
    ),
    "export.notes_skipped": ("这次保存的清单不含备注。{reason}", "The checklist was saved without notes. {reason}"),
    "export.notes_some_failed": (
        "有 {count} 条备注打不开,没有打印出来。",
        "{count} note(s) could not be opened and were left out.",
    ),
    "export.saved_pdf": ("已保存:{path}(共 {pages} 页)", "Saved: {path} ({pages} pages)"),
    "export.saved_ics": ("已保存日历提醒:{path}", "Saved the calendar reminders: {path}"),
    "generic.unexpected": (
        "出了点意外。您的资料没有受影响。",
        "Something unexpected happened. Your data is safe.",
    ),
}


class BindGuardError(Exception):
    """An error a user can understand and act on; `code` is stable, the texts may change."""

    def __init__(self, code: str, **params: object) -> None:
        if code not in MESSAGES:
            raise KeyError(f"unknown error code {code!r}")
        self.code = code
        self.params = params
        super().__init__(f"{code}: {self.text('en')}")

    def text(self, lang: Lang = "zh") -> str:
        return message(self.code, lang, **self.params)


def message(code: str, lang: Lang = "zh", **params: object) -> str:
    zh, en = MESSAGES[code]
    template = zh if lang == "zh" else en
    return template.format(**params)
