#!/usr/bin/env python3
"""Drives `cadence chat --provider guided` on a pseudo-terminal COLUMNS wide, like a person at a
keyboard, and checks what a person would see on a small VT100 screen model (`Screen`).

usage: pty_terminal.py CADENCE_BINARY COLUMNS
It checks: the greeting wraps at words (no row the terminal had to break inside a word); an answer
longer than the width is echoed without reprinting the prompt and shows on the screen as typed;
Home/End/Delete in the sequences of xterm, tmux/screen/the Linux console and rxvt, Ctrl-A/E/U/W/K
and word moves edit the line, unknown sequences insert nothing; it then answers the interview,
checks `/missing` and the end-of-interview summary speak in plain words and kilometres, and
presses Ctrl-C at the empty prompt. Prints a JSON report of what it saw.
"""
import fcntl, json, os, pty, re, select, struct, sys, termios, time

binary, columns = sys.argv[1], int(sys.argv[2])


class Screen:
    """Enough of a terminal: printable text with autowrap (a pending wrap at the margin), CR, LF,
    BS, CSI A/B/C/D/G/J/K/m. Rows are never scrolled away, so everything shown stays readable.
    `soft[r]` is True when row r was entered by autowrap (the terminal broke the text itself)."""

    def __init__(self, width):
        self.width, self.rows, self.soft = width, [[]], [False]
        self.row = self.col = 0
        self.pending = False
        self.state, self.params = "text", ""
        self.utf8 = b""

    def down(self, soft=False):
        self.row += 1
        while len(self.rows) <= self.row:
            self.rows.append([])
            self.soft.append(False)
        self.soft[self.row] = soft

    def put(self, ch):
        if self.pending:
            self.col = 0
            self.down(soft=True)
            self.pending = False
        line = self.rows[self.row]
        while len(line) < self.col:
            line.append(" ")
        if self.col < len(line):
            line[self.col] = ch
        else:
            line.append(ch)
        if self.col == self.width - 1:
            self.pending = True
        else:
            self.col += 1

    def feed(self, data):
        for byte in data:
            if self.state == "esc":
                self.state = "csi" if byte == 0x5B else "text"
                self.params = ""
                continue
            if self.state == "csi":
                if 0x20 <= byte <= 0x3F:
                    self.params += chr(byte)
                    continue
                self.state = "text"
                self.csi(self.params, chr(byte))
                continue
            if byte == 0x1B:
                self.state = "esc"
            elif byte == 0x0D:
                self.col, self.pending = 0, False
            elif byte == 0x0A:
                self.down()
                self.pending = False
            elif byte == 0x08:
                self.col, self.pending = max(0, self.col - 1), False
            elif byte < 0x20:
                pass
            else:
                self.utf8 += bytes([byte])
                try:
                    text = self.utf8.decode()
                except UnicodeDecodeError:
                    if len(self.utf8) > 4:
                        self.utf8 = b""
                    continue
                self.utf8 = b""
                for ch in text:
                    self.put(ch)

    def csi(self, params, final):
        n = int(params.split(";")[0]) if params.split(";")[0].isdigit() else 1
        self.pending = False
        if final == "A":
            self.row = max(0, self.row - n)
        elif final == "B":
            for _ in range(n):
                self.down()
        elif final == "C":
            self.col = min(self.width - 1, self.col + n)
        elif final == "D":
            self.col = max(0, self.col - n)
        elif final == "G":
            self.col = max(0, n - 1)
        elif final == "J":
            self.rows[self.row] = self.rows[self.row][: self.col]
            del self.rows[self.row + 1 :]
            del self.soft[self.row + 1 :]
        elif final == "K":
            if params in ("", "0"):
                self.rows[self.row] = self.rows[self.row][: self.col]
            elif params == "2":
                self.rows[self.row] = [" "] * len(self.rows[self.row])

    def lines(self):
        return ["".join(r) for r in self.rows]

    def mid_word_breaks(self, start=0):
        """Rows the terminal entered by autowrap between two letters: a word cut in two."""
        breaks = []
        for r in range(max(1, start), len(self.rows)):
            prev, cur = self.rows[r - 1], self.rows[r]
            if self.soft[r] and prev and cur and prev[-1].isalnum() and cur[0].isalnum():
                # A word as long as the row (a file path) cannot move to the next row whole.
                tail = "".join(prev).rstrip().split(" ")[-1]
                head = "".join(cur).split(" ")[0]
                if len(tail) + len(head) >= len(prev):
                    continue
                breaks.append("".join(prev) + " | " + "".join(cur))
        return breaks


def child_setup():
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))


pid, fd = pty.fork()
if pid == 0:
    child_setup()
    os.execv(binary, [binary, "chat", "--provider", "guided"])

screen = Screen(columns)
raw = b""


def pump(timeout):
    global raw
    ready, _, _ = select.select([fd], [], [], timeout)
    if not ready:
        return True
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        return False
    if not chunk:
        return False
    raw += chunk
    screen.feed(chunk)
    return True


def wait_for(needle, timeout=20, start=0):
    """Reads until `needle` (bytes) appears in the raw output at or after `start`."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if needle in raw[start:]:
            return True
        if not pump(0.05):
            break
    return needle in raw[start:]


def settle(seconds=0.4):
    deadline = time.time() + seconds
    while time.time() < deadline:
        pump(0.05)


def prompt_row():
    """The text of the last row holding the prompt, with the rows it wraps onto."""
    lines = screen.lines()
    for r in range(len(lines) - 1, -1, -1):
        if lines[r].startswith("› "):
            return "".join(lines[r:]).rstrip()
    return ""


PROMPT = "› ".encode()
report = {"columns": columns}
report["prompt"] = wait_for(PROMPT, 60)
settle()
greeting_rows = [line for line in screen.lines() if line.strip()][:-1]
report["greetingRows"] = len(greeting_rows)
report["greetingWidest"] = max((len(line) for line in greeting_rows), default=0)
report["greetingMidWordBreaks"] = screen.mid_word_breaks()

# An answer longer than the width, typed at once: echoed, never a new prompt per keystroke.
long_answer = ("Alex, and before you ask: I run most mornings along the river, usually easy, "
               "sometimes with friends from the club on Saturdays")
mark = len(raw)
os.write(fd, long_answer.encode())
settle(1.0)
report["promptsWhileTyping"] = raw[mark:].count(PROMPT)
# Rows are compared without spaces: a space that falls at a row's end is not kept by the screen.
report["longAnswerOnScreen"] = prompt_row().replace(" ", "") == ("› " + long_answer).replace(" ", "")
report["longAnswerRows"] = sum(1 for line in screen.lines() if line) - len(greeting_rows)
os.write(fd, b"\x15")  # Ctrl-U clears it all, wrapped rows included
settle()
report["ctrlUClears"] = prompt_row() == "›"
report["rowsAfterCtrlU"] = screen.lines()[-1].rstrip() == "›"

# Editing keys in each terminal's sequences; unknown ones insert nothing.
steps = [
    (b"run easy today", "› run easy today"),
    (b"\x1b[1~X", "› Xrun easy today"),  # Home (screen/tmux/Linux console)
    (b"\x1b[H\x1b[3~", "› run easy today"),  # Home (xterm), Delete
    (b"\x1bOF!", "› run easy today!"),  # End (xterm application mode)
    (b"\x1b[H\x1b[1;5C\x1b[1;5C", None),  # Home (xterm), Ctrl-→ twice: after "easy"
    (b"\x0b", "› run easy"),  # Ctrl-K
    (b"\x17", "› run"),  # Ctrl-W deletes "easy", keeping the space before it (as readline does)
    (b"\x1b[7~>\x1b[8~<", "› >run <"),  # Home/End (rxvt)
    (b"\x1b[2~\x1b[5~\x1b[15~\x1bOP\x1b[200~\x1b[201~", "› >run <"),  # Insert, Page Up, F5, F1, an empty paste: ignored
    (b"\x01\x1bf_", "› >run_ <"),  # Ctrl-A, Alt-F (to the end of "run")
    (b"\x1b[F\x1b[D\x1b[D\x08", "› >run <"),  # End (xterm), ←, ←, Backspace (the "_")
    (b"\x05\x1b[4~ ok", "› >run < ok"),  # Ctrl-E, End (screen)
]
report["editing"] = []
for keys, expected in steps:
    os.write(fd, keys)
    settle(1.0)
    seen = prompt_row()
    if expected is not None:
        report["editing"].append({"keys": repr(keys), "expected": expected, "seen": seen, "ok": seen == expected})
os.write(fd, b"\x15")
settle(0.2)

# The interview, answered; /missing in the middle speaks in plain words.
# The weekly volume answer is pasted as two lines (bracketed paste, as a terminal sends it when
# the chat turns it on): one message, shown with a ⏎ where the line broke, sent by Enter only.
report["bracketedPasteOn"] = b"\x1b[?2004h" in raw
answers = ["Alex", "yes", "half marathon on 2027-04-20, aiming for 1:45", "\x1b[200~30k a week\r\nover 4 days\x1b[201~"]
for answer in answers:
    if answer.startswith("\x1b[200~"):
        mark = len(raw)
        os.write(fd, answer.encode())
        settle(1.0)
        # Had a pasted line break sent the message, the coach's next question would be on the screen.
        report["pastedSentNothing"] = "how many" not in re.sub(r"\x1b\[[?0-9;]*[A-Za-z]", "", raw[mark:].decode(errors="replace")).lower()
        report["pasteOnScreen"] = prompt_row()
        answer = ""

    mark = len(raw)
    os.write(fd, answer.encode() + b"\r")
    wait_for(PROMPT, 20, mark + len(answer))
    settle(0.3)
mark = len(raw)
os.write(fd, b"/missing\r")
wait_for(PROMPT, 20, mark + 9)
settle(0.3)
missing = raw[mark:].decode(errors="replace")
report["missing"] = re.sub(r"\x1b\[[?0-9;]*[A-Za-z]", "", missing).replace("/missing", "").replace("›", "").strip()
# Then "skip" for any optional question left, until the interview's summary (which names the
# weekly volume) appears; the summary is what came after the last answer.
answers = ["casual", "Mon, Wed, Fri and Sun", "Sunday", "shin splints last year", "nothing", "38"] + ["skip"] * 6
summary_start = len(raw)
for answer in answers:
    mark = len(raw)
    os.write(fd, answer.encode() + b"\r")
    wait_for(PROMPT, 20, mark + len(answer))
    settle(0.3)
    summary_start = mark
    if b"km a week" in raw[mark + len(answer):]:
        break
settle(0.5)
summary = re.sub(r"\x1b\[[?0-9;]*[A-Za-z]", "", raw[summary_start:].decode(errors="replace"))
report["summary"] = summary.replace("\r", "")
report["summaryMidWordBreaks"] = screen.mid_word_breaks(start=max(0, len(screen.rows) - 40))
report["widestRow"] = max(len(line) for line in screen.lines())

# Ctrl-C at the empty prompt: the session is saved, and `cadence chat` resumes it.
mark = len(raw)
os.write(fd, b"\x03")
wait_for(b"cadence chat", 10, mark)
settle(0.3)
ending = re.sub(r"\x1b\[[?0-9;]*[A-Za-z]", "", raw[mark:].decode(errors="replace")).replace("\r", "")
report["ctrlCNote"] = ending.strip()
_, status = os.waitpid(pid, 0)
report["exitCode"] = os.waitstatus_to_exitcode(status)
print(json.dumps(report))
