"""Every message a user can see about something that went wrong, in Chinese and English.

Core raises BindGuardError with a stable code (logged in English) and parameters; the CLI and the
UI show `error.text(lang)`. Keeping every sentence here lets a reviewer check the wording of all
errors in one sitting: short sentences, no jargon, say what to do next.
"""

from __future__ import annotations

from bindguard.core.text import Lang, Text

MESSAGES: dict[str, Text] = {
    # phone numbers
    "phone.empty": Text("请填写手机号码。", "Please enter a phone number."),
    "phone.bad_char": Text(
        "手机号码里只能有数字（可以带空格、横线或 +86）。请去掉“{char}”。",
        "A phone number can only hold digits (spaces, dashes or +86 are fine). Please remove “{char}”.",
    ),
    "phone.leading_dash": Text(
        "号码前面多了一个“{char}”，看起来像负数。请去掉它，只填 11 位数字。",
        "The number starts with “{char}”, which reads as a minus sign. Please remove it and enter the 11 digits.",
    ),
    "phone.too_short": Text(
        "这个号码只有 {count} 位数字。中国大陆手机号码是 11 位。",
        "This number has only {count} digits. A mainland China mobile number has 11.",
    ),
    "phone.too_long": Text(
        "这个号码有 {count} 位数字。中国大陆手机号码是 11 位。",
        "This number has {count} digits. A mainland China mobile number has 11.",
    ),
    "phone.not_mobile": Text(
        "这不像中国大陆手机号码：手机号码以 1 开头，第二位是 3 到 9。",
        "This does not look like a mainland China mobile number: it starts with 1, then a digit from 3 to 9.",
    ),
    "phone.same_as_old": Text("新号码和旧号码相同。", "The new number is the same as the old one."),
    # dates
    "date.bad": Text(
        "看不懂这个日期。请按 2027-03-01 这样的格式填写。",
        "This date could not be read. Please write it like 2027-03-01.",
    ),
    "date.too_far": Text(
        "这个日期离今天太远了（{date}）。请检查年份。",
        "This date is too far from today ({date}). Please check the year.",
    ),
    # bank cards
    "card.last4": Text("请填写银行卡号的最后 4 位数字。", "Please enter the last 4 digits of the card number."),
    "card.full_number": Text(
        "这里只填卡号的最后 4 位。为了安全，本程序不保存完整卡号。",
        "Enter only the last 4 digits. For your safety BindGuard never keeps a full card number.",
    ),
    "card.unknown_bank": Text("请从列表里选一家银行。", "Please choose a bank from the list."),
    # checklists
    "checklist.name_empty": Text(
        "请写上这份清单是给谁的，例如“我自己”或“妈妈”。",
        "Please say who this checklist is for, e.g. “me” or “Mum”.",
    ),
    "checklist.not_found": Text(
        "找不到这份清单，可能已被删除。", "This checklist was not found. It may have been deleted."),
    "custom.name_empty": Text("请写上这个账号的名称。", "Please give this account a name."),
    "text.at_limit": Text(
        "最多能写 {limit} 个字，后面的字写不进去了。请写短一点。",
        "At most {limit} characters fit here; anything longer is not taken. Please shorten it.",
    ),
    # catalog
    "catalog.invalid": Text(
        "程序自带的资料有错误，请联系我们：{detail}",
        "The app's built-in data has an error. Please tell us: {detail}",
    ),
    "catalog.missing": Text(
        "程序自带的资料找不到或打不开：{path}。请重新安装换号卫士。",
        "The app's built-in data is missing or cannot be opened: {path}. Please reinstall BindGuard.",
    ),
    # store
    "store.corrupt": Text(
        "保存进度的文件已损坏。我们没有覆盖它，而是把它改名保存在：{path}。{restored}",
        "The file that keeps your progress is damaged. It was not overwritten: it was set aside as {path}. {restored}",
    ),
    "store.too_new": Text(
        "保存进度的文件来自更新版本的换号卫士。我们没有改动它，把它保存在：{path}。请安装最新版本。",
        "The progress file comes from a newer version of BindGuard. It was kept unchanged at {path}. "
        "Please install the newest version.",
    ),
    "store.restored_backup": Text(
        "已从 {when} 的自动备份恢复。",
        "Your progress was restored from the automatic backup of {when}.",
    ),
    "store.restored_empty": Text(
        "没有可用的备份，只能从头开始。", "No backup was available, so BindGuard starts afresh."),
    "store.in_use": Text(
        "换号卫士已经在运行（同一个资料文件夹）。请切换到已经打开的窗口。",
        "BindGuard is already running with the same data folder. Please switch to the open window.",
    ),
    "store.foreign": Text(
        "这个保存进度的文件不是换号卫士写的，是别的程序的数据库。我们没有改动它，把它改名保存在：{path}。{restored}",
        "This progress file was not written by BindGuard: it is another program's database. It was kept "
        "unchanged, set aside as {path}. {restored}",
    ),
    # the progress file cannot be used right now (nothing was changed; the user can try again)
    "store.full": Text(
        "电脑的磁盘满了，进度暂时无法保存。您的资料没有丢失。请删除一些不要的文件，腾出空间，然后再试一次。",
        "The disk is full, so your progress cannot be saved right now. Nothing is lost. Please delete some "
        "files you do not need to make room, then try again.",
    ),
    "store.locked": Text(
        "另一个程序正在使用保存进度的文件（例如备份或同步软件）。您的资料没有丢失。"
        "请关闭那个程序，或等它用完，然后再试一次。",
        "Another program is using the progress file (for example a backup or sync tool). Nothing is lost. "
        "Please close that program or wait until it is done, then try again.",
    ),
    "store.denied": Text(
        "没有权限读写保存进度的文件夹：{path}。您的资料没有丢失。请检查这个文件夹的权限（可以请家人帮忙），"
        "然后再试一次。",
        "BindGuard is not allowed to read or write the progress folder: {path}. Nothing is lost. Please check "
        "the folder's permissions (a relative can help), then try again.",
    ),
    "store.read_only": Text(
        "保存进度的文件夹是只读的：{path}。您的资料没有丢失，但改动无法保存。"
        "请检查磁盘（例如 U 盘的写保护开关）和权限，然后再试一次。",
        "The progress folder is read-only: {path}. Nothing is lost, but changes cannot be saved. Please check "
        "the disk (for example the write-protect switch of a USB stick) and its permissions, then try again.",
    ),
    "store.io": Text(
        "读写保存进度的文件时出错：{path}。磁盘可能暂时有问题。您的资料没有丢失。请检查磁盘，然后再试一次。",
        "The progress file could not be read or written: {path}. The disk may have a passing problem. "
        "Nothing is lost. Please check the disk, then try again.",
    ),
    "store.needs_window": Text(
        "保存进度的文件上次没有正常关闭，这个命令只能读，不能整理它。您的资料没有丢失。"
        "请打开一次换号卫士的窗口（它会自动整理好），关闭后再试一次。",
        "The progress file was not closed properly last time, and this command only reads it. Nothing is "
        "lost. Please open the BindGuard window once (it tidies the file up by itself), close it, then try "
        "again.",
    ),
    "store.changed_elsewhere": Text(
        "另一个换号卫士窗口或程序刚刚改过这份清单。您的资料没有丢失，屏幕上已换成最新保存的内容。"
        "请看一下，然后再试一次刚才的操作。",
        "Another BindGuard window or program has just changed this checklist. Nothing is lost: the screen "
        "now shows what is saved. Please have a look, then try again.",
    ),
    "store.view_only": Text(
        "现在只能查看和打印清单，改动不会保存。",
        "For now you can look at and print your checklist, but changes are not saved.",
    ),
    "store.not_saved": Text(
        "刚才的改动没有保存，屏幕上显示的是已保存的内容。{reason}",
        "Your last change was not saved; the screen shows what is saved. {reason}",
    ),
    "store.window_open": Text(
        "换号卫士的窗口正开着（同一个资料文件夹）。请在窗口里操作，或者先关闭窗口，再运行这个命令。",
        "The BindGuard window is open with the same data folder. Please do this in the window, or close the "
        "window first and run this command again.",
    ),
    "store.damaged_open_window": Text(
        "保存进度的文件好像有问题，这个命令没有改动它。请打开换号卫士的窗口：它会把这个文件放在一边保管好，"
        "再从自动备份恢复。",
        "The progress file seems damaged; this command left it as it is. Please open the BindGuard window: it "
        "sets the file aside safely and continues from the automatic backup.",
    ),
    "store.set_aside_found": Text(
        "以前有一个保存进度的文件被放在一边，没有删除：{path}。",
        "An earlier progress file was set aside, not deleted: {path}.",
    ),
    "store.set_aside_can_return": Text(
        "这个文件检查完好，可以把它找回来。找回后，现在的进度也会另存一份，不会丢失。",
        "That file checks out as sound, so it can be brought back. What you have now is set aside too, "
        "not lost.",
    ),
    "store.brought_back": Text("已找回放在一边的进度文件。", "The set-aside progress file was brought back."),
    "store.bring_back_failed": Text(
        "没能找回这个文件，现在的进度没有改动。{reason}",
        "The file could not be brought back; your current progress is unchanged. {reason}",
    ),
    "data_dir.empty": Text(
        "--data-dir 后面要写一个文件夹，不能是空的。",
        "--data-dir needs a folder after it; it cannot be empty.",
    ),
    "data_dir.system_folder": Text(
        "这个文件夹属于电脑系统或别的账户，换号卫士不会把资料放在这里，也没有改动它：{path}。"
        "请换一个您自己的文件夹。",
        "This folder belongs to the computer's system or to another account, so BindGuard keeps no data "
        "there and left it unchanged: {path}. Please choose a folder of your own.",
    ),
    "store.folder_shared": Text(
        "保存进度的文件夹别的账户也能打开：{path}。换号卫士自己的文件只有您能读；"
        "如果这台电脑有别人用，请换一个只属于您的文件夹（可以请家人帮忙）。",
        "Other accounts can open the progress folder: {path}. BindGuard's own files in it can be read by "
        "you alone; if others use this computer, please choose a folder only you can open (a relative can "
        "help).",
    ),
    # older code may still name this one; the store itself now raises the codes above
    "store.unwritable": Text(
        "无法在这个文件夹保存进度：{path}。请检查磁盘空间和权限。",
        "Progress cannot be saved in this folder: {path}. Please check disk space and permissions.",
    ),
    # notes vault
    # What it means for the user first, in plain words; the technical hint for the relative who helps second.
    "vault.no_backend": Text(
        "备注现在不能写：这台电脑的密码库没有打开。清单和进度照常保存。"
        "（给帮忙的家人：在 Linux 上请安装并解锁 GNOME 密钥环或 KWallet，然后重新打开本程序。）",
        "Notes cannot be written now: this computer's password store is not open. The checklist and your "
        "progress are saved as usual. (For the relative helping: on Linux, install and unlock GNOME Keyring "
        "or KWallet, then reopen BindGuard.)",
    ),
    "vault.plaintext_backend": Text(
        "备注现在不能写：这台电脑的密码库不够安全。清单和进度照常保存。"
        "（给帮忙的家人：找到的密码库会把钥匙明文保存；请卸载 keyrings.alt，改用 GNOME 密钥环或 KWallet。）",
        "Notes cannot be written now: this computer's password store is not safe enough. The checklist and "
        "your progress are saved as usual. (For the relative helping: the keyring found would keep the key "
        "in plain text; remove keyrings.alt and use GNOME Keyring or KWallet.)",
    ),
    "vault.locked": Text(
        "备注现在不能写：这台电脑的密码库还锁着。清单和进度照常保存。"
        "（给帮忙的家人：请解锁系统密码库，然后重新打开本程序。）",
        "Notes cannot be written now: this computer's password store is locked. The checklist and your "
        "progress are saved as usual. (For the relative helping: unlock the system keyring, then reopen "
        "BindGuard.)",
    ),
    "vault.denied": Text(
        "备注现在不能写：这台电脑的密码库没有让本程序用。清单和进度照常保存。"
        "（给帮忙的家人：密码库弹出询问时，请允许换号卫士访问。）",
        "Notes cannot be written now: this computer's password store did not let BindGuard in. The checklist "
        "and your progress are saved as usual. (For the relative helping: allow BindGuard when the keyring asks.)",
    ),
    "vault.key_missing": Text(
        "备注已锁定：系统密码库里的备注钥匙不见了。已写的备注仍然保存着，但无法打开。"
        "如果钥匙找不回来，可以选择“清除备注”重新开始。",
        "Notes are locked: the key for your notes is missing from the system keyring. Your notes are still "
        "kept but cannot be opened. If the key cannot be found, choose “Reset notes” to start again.",
    ),
    "vault.tampered": Text(
        "这条备注被改动过或已损坏，无法打开。原内容仍然保留着。",
        "This note was changed or damaged and cannot be opened. It is still kept as it was.",
    ),
    "vault.error": Text(
        "备注暂时打不开。请关闭本程序再打开；其他功能照常可用。",
        "Notes cannot be opened right now. Close BindGuard and open it again; everything else works as usual.",
    ),
    # privacy
    # read aloud (朗读, issue 25): shown on the button's line, never as a pop-up
    "speech.no_voice_windows": Text(
        "这台电脑还没有能读{language}的声音。请打开 设置 → 时间和语言 → 语音，添加一个{language}语音，"
        "然后重新打开本程序。",
        "This computer has no voice that reads {language} yet. Open Settings → Time & language → Speech, add a "
        "{language} voice, then open BindGuard again.",
    ),
    "speech.no_voice_mac": Text(
        "这台电脑还没有能读{language}的声音。请在系统设置里打开 辅助功能 → 朗读内容，选一个{language}声音，"
        "然后重新打开本程序。",
        "This computer has no voice that reads {language} yet. In System Settings open Accessibility → Spoken "
        "content, choose a {language} voice, then open BindGuard again.",
    ),
    "speech.no_voice_linux": Text(
        "这台电脑还没有能读{language}的声音。请让家人或电脑维修人员安装这三个软件包：speech-dispatcher、"
        "espeak-ng 和 libpulse0，然后重新打开本程序。",
        "This computer has no voice that reads {language} yet. Ask a relative or a computer helper to install "
        "the packages speech-dispatcher, espeak-ng and libpulse0, then open BindGuard again.",
    ),
    "speech.unavailable": Text(
        "这台电脑不能朗读。您的资料没有受影响，其他功能照常使用。",
        "This computer cannot read aloud. Your data is safe and everything else works as usual.",
    ),
    "speech.failed": Text(
        "朗读停下来了：声音出了问题。可以再点一次朗读试试。",
        "Reading aloud stopped: the voice had a problem. You can press Read aloud again to try once more.",
    ),
    "speech.no_answer": Text(
        "朗读没有回应，已经停下了。您的资料没有受影响，可以再点一次朗读试试。",
        "Reading aloud did not answer, so it was stopped. Your data is safe; you can press Read aloud again "
        "to try once more.",
    ),
    "privacy.card_in_text": Text(
        "这段文字里好像有完整的银行卡号。建议只保留最后 4 位。",
        "This text seems to contain a full bank card number. Keeping only the last 4 digits is safer.",
    ),
    "privacy.id_in_text": Text(
        "这段文字里好像有身份证号码。建议把它遮住。",
        "This text seems to contain an ID card number. Hiding it is safer.",
    ),
    # export
    "export.unwritable": Text("无法保存文件：{path}", "The file could not be saved: {path}"),
    "export.not_a_file": Text(
        "这里不能保存文件：{path} 不是普通文件（是文件夹或设备）。它没有被改动。请换一个文件名或位置。",
        "A file cannot be saved there: {path} is not an ordinary file (it is a folder or a device). It was "
        "left unchanged. Please choose another name or place.",
    ),
    "export.no_folder": Text(
        "要保存到的文件夹不存在：{path}。请先建好这个文件夹，或者换一个位置。",
        "The folder to save into does not exist: {path}. Please create it first, or choose another place.",
    ),
    "export.no_output": Text(
        "请说明要保存什么：--pdf 文件名.pdf 和/或 --ics 文件名.ics。",
        "Say what to save: --pdf FILE.pdf and/or --ics FILE.ics.",
    ),
    "export.notes_skipped": Text("这次保存的清单不含备注。{reason}", "The checklist was saved without notes. {reason}"),
    "export.notes_some_failed": Text(
        "有 {count} 条备注打不开，没有打印出来。",
        "{count} note(s) could not be opened and were left out.",
    ),
    "export.saved_pdf": Text("已保存：{path}（共 {pages} 页）", "Saved: {path} ({pages} pages)"),
    "export.saved_ics": Text("已保存日历提醒：{path}", "Saved the calendar reminders: {path}"),
    # hand-over file (core/handover.py): nothing is written when one of these is shown
    "handover.empty": Text(
        "这个文件是空的，里面什么也没有。请让对方重新“交给别的电脑”一次，再把新文件拷过来。",
        "This file is empty. Please ask for a new hand-over file and copy that one over.",
    ),
    "handover.too_big": Text(
        "这个文件太大了（超过 {limit_mb} MB），不是换号卫士交出来的文件。请选对方交给您的那个文件。",
        "This file is too big (over {limit_mb} MB) to be a BindGuard hand-over file. Please choose the file "
        "you were given.",
    ),
    "handover.not_handover": Text(
        "这不是换号卫士交出来的文件。请选名字像“换号清单-妈妈-2026-12-07.bindguard”的那个文件。",
        "This is not a BindGuard hand-over file. Please choose the file named like "
        "“Checklist-Mum-2026-12-07.bindguard”.",
    ),
    "handover.damaged": Text(
        "这个文件不完整或已损坏（可能没拷完）。请再拷一次，或者让对方重新交出一个文件。这台电脑上什么也没有改动。",
        "This file is incomplete or damaged (perhaps the copy did not finish). Please copy it again, or ask for "
        "a new hand-over file. Nothing on this computer was changed.",
    ),
    "handover.too_new": Text(
        "这个文件来自更新版本的换号卫士，这个版本打不开它。请先安装最新版本。这台电脑上什么也没有改动。",
        "This file comes from a newer version of BindGuard and this version cannot open it. Please install "
        "the newest version first. Nothing on this computer was changed.",
    ),
    "handover.wrong_or_changed": Text(
        "打不开：密码不对，或者文件被改动过。请对照密码纸再输一遍；如果还是不行，请让对方重新交出一个文件。"
        "这台电脑上什么也没有改动。",
        "It did not open: the passphrase is not right, or the file was changed. Please type it again from "
        "the passphrase sheet; if that does not help, ask for a new hand-over file. Nothing on this computer "
        "was changed.",
    ),
    "handover.passphrase_length": Text(
        "密码是 {expected} 位数字，您输入了 {count} 位。请对照密码纸再看一遍。",
        "The passphrase has {expected} digits; you typed {count}. Please check it against the sheet.",
    ),
    "handover.passphrase_chars": Text(
        "密码里只有数字，没有“{char}”。请对照密码纸再输一遍（空格可以不输）。",
        "The passphrase holds only digits, not “{char}”. Please type it again from the sheet (spaces are "
        "optional).",
    ),
    "handover.unsupported": Text(
        "这台电脑上的换号卫士缺少打开交接文件所需的加密部件。请安装最新版本的换号卫士，再试一次。",
        "BindGuard on this computer lacks the encryption part that hand-over files need. Please install the "
        "newest version of BindGuard, then try again.",
    ),
    "handover.unreadable": Text(
        "读不了这个文件：{path}。请检查它是否还在、U 盘是否插好，然后再试一次。",
        "This file could not be read: {path}. Please check that it is still there and the USB stick is "
        "plugged in, then try again.",
    ),
    "handover.no_file": Text("请先选择对方交给您的文件。", "Please choose the hand-over file first."),
    "handover.already": Text(
        "这个文件已经接过来了，清单就在列表里，没有再加一份。",
        "This file was already taken over: its checklists are in the list. Nothing was added twice.",
    ),
    "handover.notes_pending": Text(
        "清单已经接过来了，但 {count} 条备注暂时锁着，没有丢。{reason}"
        "等密码库可以用了，再点“从别的电脑接过来”，输入同一张密码纸上的密码，备注就会放好。",
        "The checklists arrived, but {count} note(s) are locked for now; they are kept. {reason} Once the "
        "keyring works, choose “Take over from another computer” again and type the same passphrase: the "
        "notes go in.",
    ),
    "handover.notes_left_out": Text(
        "有 {count} 条备注打不开，没有放进文件。{reason}",
        "{count} note(s) could not be opened here and are not in the file. {reason}",
    ),
    "handover.saved": Text(
        "已保存：{path}（{count} 份清单，{notes} 条备注）。密码在下一行，请抄在纸上，和文件分开放：",
        "Saved: {path} ({count} checklist(s), {notes} note(s)). The passphrase is on the next line; write it "
        "on paper and keep it apart from the file:",
    ),
    "handover.exists": Text(
        "已经有一个同名的文件，没有覆盖它：{path}。请换一个文件名。",
        "A file of that name is already there and was not overwritten: {path}. Please choose another name.",
    ),
    "handover.ask_passphrase": Text("请输入密码纸上的密码：", "Type the passphrase from the sheet:"),
    "handover.imported": Text(
        "已经接过来 {count} 份清单：{names}。带过来 {notes} 条备注。",
        "Taken over {count} checklist(s): {names}. {notes} note(s) came with them.",
    ),
    "handover.notes_completed": Text(
        "这个文件以前已经接过来了；这次把当时锁着的 {count} 条备注放好了。",
        "This file was taken over before; this time its {count} locked note(s) went in.",
    ),
    "generic.unexpected": Text(
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
    return MESSAGES[code].get(lang).format(**params)
