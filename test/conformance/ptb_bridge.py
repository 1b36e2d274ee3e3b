"""Drives python-telegram-bot 13 (Debian's python3-python-telegram-bot) for ptb.test.ts.

One JSON request per line on stdin, {"id": n, "op": "...", "args": {...}}; one JSON answer per
line on stdout, {"id": n, "result": ...} or {"id": n, "error": {"kind": ..., "message": ...}}.
The first line written is {"hello": {"version": ..., "bot_api": ...}}. Stops at end of input.
"""

import base64
import io
import json
import sys
import warnings

# Debian's package uses the system urllib3 and says so with a UserWarning on import.
warnings.simplefilter("ignore")

import telegram  # noqa: E402
from telegram import Bot, ChatPermissions, InlineKeyboardButton, InlineKeyboardMarkup, InputFile  # noqa: E402
from telegram.ext import Filters, MessageHandler, Updater  # noqa: E402
from telegram.utils.request import Request  # noqa: E402

bots = {}  # handle -> telegram.Bot
updaters = {}  # handle -> telegram.ext.Updater


def plain(value):
    """Bot API JSON for what a PTB call returned."""
    if isinstance(value, telegram.TelegramObject):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    return value


def connect(root, token):
    """A Bot for `token` on the server at `root`; returns its handle."""
    # base_url and base_file_url end in "/bot" and "/file/bot": PTB appends the token directly.
    handle = len(bots) + 1
    bots[handle] = Bot(
        token,
        base_url=f"{root}/bot",
        base_file_url=f"{root}/file/bot",
        request=Request(con_pool_size=8, connect_timeout=5, read_timeout=5),
    )
    return handle


def call(bot, method, kwargs):
    return plain(getattr(bots[bot], method)(**kwargs))


def post(bot, method, data):
    # Bot API methods newer than PTB 13.15 (Bot API 6.3), e.g. the General topic ones, through
    # PTB's own request object: same encoding, same error mapping.
    return bots[bot].request.post(f"{bots[bot].base_url}/{method}", data)


def send_with_button(bot, chat_id, message_thread_id, text, label, data):
    markup = InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=data)]])
    kwargs = dict(chat_id=chat_id, text=text, message_thread_id=message_thread_id, reply_markup=markup)
    return call(bot, "send_message", kwargs)


def send_document(bot, chat_id, message_thread_id, data, filename):
    document = InputFile(io.BytesIO(base64.b64decode(data)), filename=filename)
    kwargs = dict(chat_id=chat_id, document=document, message_thread_id=message_thread_id)
    return call(bot, "send_document", kwargs)


def restrict(bot, chat_id, user_id, permissions):
    return call(bot, "restrict_chat_member", dict(chat_id=chat_id, user_id=user_id, permissions=ChatPermissions(**permissions)))


def download(bot, file_id):
    file = bots[bot].get_file(file_id)
    return base64.b64encode(bytes(file.download_as_bytearray())).decode("ascii")


def echo(update, _context):
    # In a group reply_text quotes the message, so the answer lands in the message's topic.
    update.message.reply_text(f"echo: {update.message.text}")


def start_echo(bot):
    updater = Updater(bot=bots[bot], use_context=True, workers=1)
    updater.dispatcher.add_handler(MessageHandler(Filters.text, echo))
    updater.start_polling(poll_interval=0, timeout=1)
    updaters[bot] = updater
    return True


def stop_echo(bot):
    updater = updaters.pop(bot, None)
    if updater is not None:
        updater.stop()
    return True


def disconnect(bot):
    stop_echo(bot)
    bots.pop(bot).request.stop()
    return True


OPS = {
    "connect": connect,
    "call": call,
    "post": post,
    "send_with_button": send_with_button,
    "send_document": send_document,
    "restrict": restrict,
    "download": download,
    "start_echo": start_echo,
    "stop_echo": stop_echo,
    "disconnect": disconnect,
}


def answer(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def main():
    answer({"hello": {"version": telegram.__version__, "bot_api": telegram.bot_api_version}})
    for line in sys.stdin:
        request = json.loads(line)
        try:
            answer({"id": request["id"], "result": OPS[request["op"]](**request.get("args", {}))})
        except telegram.error.TelegramError as error:
            answer({"id": request["id"], "error": {"kind": type(error).__name__, "message": error.message}})
        except Exception as error:  # a bug in this bridge or in the client: report it, keep serving
            error = {"kind": type(error).__name__, "message": repr(error), "unexpected": True}
            answer({"id": request["id"], "error": error})
    for handle in list(updaters):
        stop_echo(handle)


main()
