#!/usr/bin/env python3
"""Drives `cadence chat` on a pseudo-terminal like a person at a keyboard.

usage: pty_chat.py CADENCE_BINARY BASE_URL [MORE CHAT ARGUMENTS]
Types a message, waits until part of the streamed reply is on screen ("First words", from the
scripted server; with more chat arguments, a real model's reply of unknown wording: any 40 bytes
after the typed line), presses Ctrl-C, checks the
reply stopped and the prompt came back, recalls the message with the up arrow, clears it with
Ctrl-C, then presses Ctrl-D at the empty prompt. Prints a JSON
report of what it saw.
"""
import json, os, pty, select, sys, time

binary, base_url, extra = sys.argv[1], sys.argv[2], sys.argv[3:]
pid, fd = pty.fork()
if pid == 0:
    os.execv(binary, [binary, "chat", "--provider", "openai", "--base-url", base_url] + extra)

screen = b""

def read_until(needle, timeout, start=0):
    """Reads until `needle` appears at or after `start` in what the terminal showed."""
    global screen
    deadline = time.time() + timeout
    while time.time() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                return False
            if not chunk:
                return False
            screen += chunk
            if needle in screen[start:]:
                return True
    return needle in screen[start:]

report = {}
report["prompt"] = read_until("› ".encode(), 60)  # chat builds its knowledge index first; slow on a loaded CI machine
os.write(fd, b"hello\r")
if extra:
    typed = len(screen)
    deadline = time.time() + 120
    while len(screen) < typed + 60 and time.time() < deadline:
        read_until(b"\x00never", 0.2)
    report["streamedBeforeEnd"] = len(screen) >= typed + 60
else:
    report["streamedBeforeEnd"] = read_until(b"First words", 20) and b"never shown" not in screen
time.sleep(0.3)
os.write(fd, b"\x03")
report["stopped"] = read_until(b"(stopped)", 10)
mark = screen.find(b"(stopped)")
report["promptAgain"] = read_until("› ".encode(), 10, start=mark)
mark = len(screen)
os.write(fd, b"\x1b[A")  # up arrow: the last message comes back for editing
report["historyRecall"] = read_until(b"hello", 5, start=mark)
os.write(fd, b"\x03")    # Ctrl-C on a line that is not empty clears it
time.sleep(0.2)
os.write(fd, b"\x04")
_, status = os.waitpid(pid, 0)
report["exitCode"] = os.waitstatus_to_exitcode(status)
report["neverShownPrinted"] = b"never shown" in screen
print(json.dumps(report))
