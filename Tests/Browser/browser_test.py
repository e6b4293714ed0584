#!/usr/bin/env python3
"""Renders Cadence's HTML pages in headless Chromium and checks what a person would see.

usage: browser_test.py PATH/TO/cadence [--screenshot FILE.png]

1. The coach's workflow from issue 19: copy prompts/, reword a question in the copy, and
   `cadence eval evals --prompts COPY --against prompts --html report.html`. The rendered page
   must name both sides, show the worse cases, blame the simulated runner for not recognising
   the reworded question, and show the conversations side by side.
2. A guided onboarding, `cadence plan generate` and `cadence plan export --html plan.html`: the
   rendered page must show the plan's weeks.
Both pages must render with no console message (an uncaught error or any console output) and
must not fetch anything. Exit 0 when every check holds, 1 otherwise; exit 0 with a message when
Chromium is not installed (CI installs it; see .ci/run).
"""
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)
    return condition


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def render(browser, page, screenshot=None):
    """The DOM after rendering, and the browser's log lines that report console messages or errors."""
    url = "file://" + page
    base = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0",
            "--user-data-dir=" + tempfile.mkdtemp(prefix="chromium-"), "--virtual-time-budget=2000"]
    dom = subprocess.run(base + ["--dump-dom", url], capture_output=True, text=True, timeout=120)
    console = [line for line in dom.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line or "console" in line.lower()]
    if screenshot:
        shot = subprocess.run(base + ["--screenshot=" + screenshot, "--window-size=1280,2400", "--hide-scrollbars", url],
                              capture_output=True, text=True, timeout=120)
        check(os.path.exists(screenshot), f"no screenshot was written: {shot.stderr[-400:]}")
    return dom.stdout, console


# Injected into a copy of a page (the pages themselves carry no script): lists every element whose
# content is wider than its box, and whether the page scrolls sideways, into <pre id="overflow">.
MEASURE = """<script>addEventListener('load', () => {
  const wide = [];
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('svg, pre#overflow') || getComputedStyle(el).overflowX !== 'visible') continue;
    if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
      wide.push(el.tagName.toLowerCase() + (el.className ? '.' + el.className : '') + ': ' + el.textContent.trim().slice(0, 60));
  }
  if (document.documentElement.scrollWidth > innerWidth + 1) wide.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px in ' + innerWidth);
  const out = document.createElement('pre'); out.id = 'overflow'; out.textContent = JSON.stringify(wide); document.body.appendChild(out);
});</script>"""


def overflowing(browser, page, width):
    """What spills out of its box when `page` is rendered `width` px wide."""
    with open(page, encoding="utf-8") as f:
        source = f.read()
    measured = page[:-5] + f"-measure-{width}.html"
    with open(measured, "w", encoding="utf-8") as f:
        f.write(source.replace("</body>", MEASURE + "</body>", 1))
    result = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", f"--window-size={width},2000",
                             "--user-data-dir=" + tempfile.mkdtemp(prefix="chromium-"), "--virtual-time-budget=2000",
                             "--dump-dom", "file://" + measured], capture_output=True, text=True, timeout=120)
    found = re.search(r'<pre id="overflow">(.*?)</pre>', result.stdout, re.S)
    if not check(found is not None, f"the layout could not be measured at {width} px: {result.stderr[-300:]}"):
        return []
    return json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))


def text_of(dom):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", dom)).replace("&amp;", "&").replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">")


def run(binary, home, *args, stdin=None):
    env = dict(os.environ, CADENCE_HOME=home)
    return subprocess.run([binary, *args], capture_output=True, text=True, cwd=ROOT, env=env, input=stdin, timeout=600)


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    binary = os.path.abspath(sys.argv[1])
    screenshot = sys.argv[sys.argv.index("--screenshot") + 1] if "--screenshot" in sys.argv else None
    browser = chromium()
    if browser is None:
        print("browser test: SKIPPED, chromium is not installed (apt-get install -y chromium)")
        return 0
    work = tempfile.mkdtemp(prefix="cadence-browser-")
    os.chmod(work, 0o700)
    try:
        # 1. The eval report of the coach's workflow.
        home = os.path.join(work, "home")
        os.makedirs(home, mode=0o700)
        copy = os.path.join(work, "p2")
        shutil.copytree(os.path.join(ROOT, "prompts"), copy)
        questions = os.path.join(copy, "guided", "questions.yaml")
        with open(questions, encoding="utf-8") as f:
            text = f.read()
        edited = text.replace("Roughly how far do you run in a typical week at the moment?", "What's your usual load?")
        check(edited != text, "the question to reword is not in prompts/guided/questions.yaml")
        with open(questions, "w", encoding="utf-8") as f:
            f.write(edited)
        report = os.path.join(work, "report.html")
        result = run(binary, home, "eval", "evals", "--prompts", copy, "--against", os.path.join(ROOT, "prompts"), "--html", report)
        check(result.returncode == 1, f"eval with worse cases should exit 1, got {result.returncode}: {result.stderr[-400:]}")
        if check(os.path.exists(report), "eval --html wrote no report"):
            check(stat.S_IMODE(os.stat(report).st_mode) == 0o600, "the report is not readable by its owner only (0600)")
            with open(report, encoding="utf-8") as f:
                source = f.read()
            check(not re.search(r"(src|href)=\"(https?:)?//", source), "the report fetches something from the network")
            check("<script" not in source, "the report has a script")
            dom, console = render(browser, report, screenshot)
            seen = text_of(dom)
            for expected in ["Eval: onboarding", "before", "after", "after − before", "▼ worse", "simulated runner",
                             "did not recognise \"What's your usual load?\"", "Failed checks", "Before", "After", "Runner", "Coach",
                             "tokens", "slowest call"]:
                check(expected in seen, f"the rendered eval report does not show {expected!r}")
            check('class="sidebyside"' in dom, "the conversations are not side by side")
            check(not console, "console messages on the eval report: " + "; ".join(console[:5]))
            for width in (1280, 420):
                wide = overflowing(browser, report, width)
                check(not wide, f"the eval report spills out of its boxes at {width} px: " + "; ".join(wide[:5]))

        # 2. The plan page.
        plan_home = os.path.join(work, "plan-home")
        os.makedirs(plan_home, mode=0o700)
        answers = ("Alex\nyes\nhalf marathon on 2027-04-20, aiming for 1:45\n30k a week over 4 days\ncasual\n"
                   "Mon, Wed, Fri and Sun\nSunday\nshin splints last year\nnothing\n38\n")
        run(binary, plan_home, "chat", "--provider", "guided", stdin=answers)
        generated = run(binary, plan_home, "plan", "generate", "--start", "2027-01-04", "--json")
        if check(generated.returncode == 0, f"plan generate failed: {generated.stderr[-400:]}"):
            weeks = json.loads(generated.stdout)["plan"]["durationWeeks"]
            page = os.path.join(work, "plan.html")
            exported = run(binary, plan_home, "plan", "export", "--html", page)
            if check(exported.returncode == 0 and os.path.exists(page), f"plan export --html failed: {exported.stderr[-400:]}"):
                dom, console = render(browser, page)
                seen = text_of(dom)
                check("Week" in seen, "the rendered plan page does not mention weeks")
                check(re.search(rf"(Week {weeks}\b|>\s*{weeks}\s*<)", dom) is not None, f"the rendered plan page does not show week {weeks}")
                check("Half marathon" in seen, "the rendered plan page does not name the plan")
                check(not console, "console messages on the plan page: " + "; ".join(console[:5]))
                for width in (1280, 420):
                    wide = overflowing(browser, page, width)
                    check(not wide, f"the plan page spills out of its boxes at {width} px: " + "; ".join(wide[:5]))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    for problem in problems:
        print("browser test:", problem)
    print(f"browser test: {len(problems)} problem(s)" + (f"; screenshot at {screenshot}" if screenshot and not problems else ""))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
