#!/usr/bin/env python3
"""The real peer for `cadence mcp` (issue 18): the official Python MCP SDK as the client.

It spawns `cadence mcp` over stdio the way Claude Desktop does, then: initializes; lists tools,
resources, templates and prompts; validates every tool's input schema with `jsonschema`; calls
the update tools, `create_plan` and `get_plan`; reads the plan resource; sends a bad argument
(a tool error, nothing written), a red-flag phrase and a declined consent; cancels a long call
(a knowledge search whose embeddings server on loopback never answers in time); and checks the
SQLite database afterwards with Python's own sqlite3. Last it compares the plan `create_plan`
made with the one `cadence plan generate` makes for the same profile, and replays the session's
transcript with `cadence replay`.

Usage: python3 Tests/MCPPeer/mcp_peer_test.py .build/debug/cadence
Needs: pip install mcp jsonschema (written against the mcp 2.x client)
"""

import json
import os
import re
import secrets
import signal
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import anyio
import jsonschema
from mcp import ClientSession, MCPError, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.types import Implementation

try:  # mcp 2.x
    from mcp.client.streamable_http import create_mcp_http_client, streamable_http_client
except ImportError:  # mcp 1.x
    from mcp.client.streamable_http import streamablehttp_client as streamable_http_client
    create_mcp_http_client = None

ROOT = Path(__file__).resolve().parents[2]
DIMENSIONS = 8
SLOW_WORD = "slowpoke"
PLAN_START = "2027-01-04"

failures = []


def check(condition, what):
    print(("ok    " if condition else "FAIL  ") + what)
    if not condition:
        failures.append(what)


class Embeddings(BaseHTTPRequestHandler):
    """An OpenAI-compatible /v1/embeddings endpoint: a fixed vector per text, except that a text
    with SLOW_WORD is answered only after a long wait (the long call the client cancels)."""

    requests_seen = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        texts = body["input"]
        Embeddings.requests_seen.append(texts)
        if any(SLOW_WORD in text for text in texts):
            time.sleep(20)
        data = []
        for index, text in enumerate(texts):
            vector = [float((hash(word) % 7) + 1) for word in (text.split() + ["."] * DIMENSIONS)[:DIMENSIONS]]
            data.append({"object": "embedding", "index": index, "embedding": vector})
        answer = json.dumps({"object": "list", "data": data, "model": body["model"], "usage": {"prompt_tokens": 1, "total_tokens": 1}})
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer.encode())
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (cancelled)

    def log_message(self, *args):
        pass


def text_of(result):
    return "".join(getattr(item, "text", "") for item in result.content)


def field_history(db, path):
    with sqlite3.connect(db) as connection:
        return connection.execute(
            "SELECT source, sessionId FROM runnerFieldHistory WHERE path = ? ORDER BY id", (path,)).fetchall()


def runner_document(cadence, db, env):
    out = subprocess.run([cadence, "runner", "show", "--json", "--db", db], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


async def session_test(cadence, home, db, transcript, embeddings_url, env):
    params = StdioServerParameters(
        command=cadence,
        args=["mcp", "--db", db, "--transcript", transcript, "--dir", str(ROOT / "KnowledgeBase"), "--prompts", str(ROOT / "prompts"),
              "--embedder", "openai", "--embedding-base-url", embeddings_url, "--dimensions", str(DIMENSIONS)],
        env=env,
    )
    list_changed = []

    async def on_message(message):
        message = getattr(message, "root", message)
        if getattr(message, "method", None) == "notifications/resources/list_changed":
            list_changed.append(message)

    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write, message_handler=on_message,
                                 client_info=Implementation(name="cadence-peer-test", version="1.0")) as session:
            init = await session.initialize()
            check(init.server_info.name == "cadence", "initialize: server info is cadence")
            check(init.capabilities.tools is not None and init.capabilities.resources is not None and init.capabilities.prompts is not None,
                  "initialize: tools, resources and prompts capabilities")

            tools = (await session.list_tools()).tools
            names = [tool.name for tool in tools]
            expected = EXPECTED_TOOLS
            check(set(names) == expected, f"tools/list: the chat's tools and get_plan ({len(names)}: {sorted(set(names) ^ expected)} differ)")
            for tool in tools:
                try:
                    jsonschema.Draft202012Validator.check_schema(tool.input_schema)
                    valid = tool.input_schema.get("type") == "object"
                except jsonschema.SchemaError as error:
                    valid = False
                    print("      ", tool.name, error.message)
                check(valid and bool(tool.description), f"input schema of {tool.name} is a valid JSON Schema, with a description")
            schemas = {tool.name: tool.input_schema for tool in tools}

            resources = (await session.list_resources()).resources
            uris = [str(resource.uri) for resource in resources]
            check("cadence://runner/profile.json" in uris and "cadence://runner/profile.md" in uris and "cadence://safeguards" in uris,
                  "resources/list: profile (JSON, Markdown) and safeguards")
            check(sum(uri.startswith("cadence://kb/") for uri in uris) > 20, "resources/list: the knowledge-base entries")
            templates = (await session.list_resource_templates()).resource_templates
            check([t.uri_template for t in templates] == ["cadence://kb/{id}", "cadence://plan/current/week/{week}"], "resource templates")
            prompts = (await session.list_prompts()).prompts
            check([p.name for p in prompts] == ["onboarding", "review_week"], "prompts/list")

            # A bad argument: the schema says so, and the server refuses it without writing.
            bad = {"age": "thirty-eight", "heightCm": 180}
            check(not jsonschema.Draft202012Validator(schemas["update_physical"]).is_valid(bad), "the schema rejects the bad argument too")
            result = await session.call_tool("update_physical", bad)
            check(result.is_error is True and text_of(result).startswith("nothing was saved"), f"bad argument: tool error ({text_of(result)[:80]})")
            check(runner_document(cadence, db, env)["physical"].get("heightCm") is None, "bad argument: nothing written (heightCm unset)")

            # Unknown tool: a protocol error.
            try:
                await session.call_tool("make_me_fast", {})
                check(False, "unknown tool: JSON-RPC error")
            except MCPError as error:
                check(error.code == -32602, f"unknown tool: JSON-RPC error -32602 ({error.message})")
            try:
                await session.read_resource("cadence://plan/current")
                check(False, "no plan yet: resource not found")
            except MCPError as error:
                check(error.code == -32002, "no plan yet: resource not found (-32002)")

            # Consent declined: health facts are refused.
            declined = await session.call_tool("record_consent", {"healthData": False})
            check(declined.is_error is not True, "record_consent healthData false is recorded")
            refused = await session.call_tool("update_health", {"currentPain": ["left knee"]})
            check(refused.is_error is True, f"declined consent: health fact refused ({text_of(refused)[:70]})")
            agreed = await session.call_tool("record_consent", {"terms": True, "privacy": True, "healthData": True})
            check(agreed.is_error is not True, "record_consent healthData true")

            updates = [
                ("update_identity", {"name": "Sam"}),
                ("update_goals", {"goalType": "race", "raceDistance": 21.0975, "raceDate": "2027-04-25"}),
                ("update_running", {"currentVolume": 30, "currentFrequency": 4, "experienceLevel": "casual"}),
                ("update_schedule", {"preferredDays": ["monday", "wednesday", "friday", "sunday"], "longRunDay": "sunday"}),
                ("update_health", {"pastInjuries": ["shin splints last year"], "currentPain": []}),
                ("update_physical", {"age": 38}),
                ("update_coaching", {"coachingVoice": "analytical"}),
            ]
            for name, arguments in updates:
                check(jsonschema.Draft202012Validator(schemas[name]).is_valid(arguments), f"{name} arguments match its schema")
                result = await session.call_tool(name, arguments)
                check(result.is_error is not True, f"{name}: saved {result.structured_content.get('saved') if result.structured_content else text_of(result)}")
            profile = await session.call_tool("get_profile", {})
            check(profile.structured_content["readyForPlan"] is True, "get_profile: ready for a plan")

            # A red flag: the fixed medical advice, and no plan in that call.
            flagged = await session.call_tool("update_health", {"currentPain": ["I get chest pain when I run now"]})
            check(text_of(flagged).startswith("What you describe (chest pain) needs a doctor"), "red flag: fixed medical advice")
            check(flagged.structured_content.get("redFlag", {}).get("kind") == "chest_pain", "red flag: reported in structured content")
            no_plan = await session.call_tool("create_plan", {"start": "I passed out today"})
            check(no_plan.is_error is True and "no plan this turn" in text_of(no_plan), "red flag in a plan call: no plan")
            cleared = await session.call_tool("update_health", {"currentPain": []})
            check(cleared.is_error is not True, "current pain cleared")
            # The fainting said in the plan call stays on file: a red flag holds the plan until a clinician clears the runner.
            held = await session.call_tool("create_plan", {"start": PLAN_START})
            check(held.is_error is True and "hasPhysicianClearance" in text_of(held), "red flag on file: plan held for a clinician's clearance")
            await session.call_tool("update_health", {"hasPhysicianClearance": True})

            changes_before = len(list_changed)
            plan = await session.call_tool("create_plan", {"start": PLAN_START})
            made = plan.structured_content or {}
            check(plan.is_error is not True and made.get("planId"), f"create_plan: plan {made.get('planId')}")
            check(made.get("verdict") in ("passed", "adjusted", "needs_confirmation"), f"create_plan: verdict {made.get('verdict')}")
            check(len(made.get("safeguardLog", [])) >= 15, f"create_plan: safeguard log ({len(made.get('safeguardLog', []))} rules checked)")
            await anyio.sleep(0.2)
            check(len(list_changed) > changes_before, "notifications/resources/list_changed after the plan")

            document = json.loads((await session.read_resource("cadence://plan/current")).contents[0].text)
            check(document["plan"]["id"] == made.get("planId") and len(document["plannedSessions"]) > 0,
                  f"plan resource: {len(document['plannedSessions'])} sessions")
            week = await session.call_tool("get_plan", {"week": 1})
            check(week.is_error is not True and len(week.structured_content["week"]["sessions"]) == 7, "get_plan week 1: seven days")
            onboarding = await session.get_prompt("onboarding", {"voice": "tough_love"})
            check("Sam" in onboarding.messages[0].content.text, "onboarding prompt rendered for the runner")
            review = await session.get_prompt("review_week", {"week": "1"})
            check(review.messages[0].content.text.startswith("Review my week with me: week 1"), "review_week prompt")
            if made.get("status") == "draft":
                confirmed = await session.call_tool("confirm_plan", {})
                check(confirmed.is_error is not True, "confirm_plan")

            # Cancellation of a long call: the search waits on a slow embeddings server.
            started = time.monotonic()
            with anyio.move_on_after(1.5) as scope:
                await session.call_tool("search_knowledge", {"query": f"{SLOW_WORD} easy pace"})
            check(scope.cancelled_caught and time.monotonic() - started < 5, "long call cancelled by the client")
            # The server is still there and answers the next call.
            quick = await session.call_tool("search_knowledge", {"query": "easy pace", "k": 2})
            check(quick.is_error is not True and len(quick.structured_content["results"]) == 2, "search_knowledge after the cancellation")
            return made


EXPECTED_TOOLS = {"update_identity", "update_physical", "update_running", "update_goals", "update_schedule", "update_health",
                  "update_coaching", "get_profile", "confirm_fields", "record_consent", "create_plan", "confirm_plan",
                  "search_knowledge", "get_plan", "get_week", "log_session", "adapt_plan"}


def http_status(url, token=None, origin=None):
    """The status of a raw initialize POST (urllib: no MCP client in the way)."""
    import urllib.error
    import urllib.request
    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "urllib", "version": "1"}}}).encode()
    request = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": "application/json", "Accept": "application/json, text/event-stream"})
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    if origin:
        request.add_header("Origin", origin)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


async def http_session_test(url, token):
    headers = {"Authorization": f"Bearer {token}"}
    if create_mcp_http_client is not None:
        transport = streamable_http_client(url, http_client=create_mcp_http_client(headers=headers))
    else:
        transport = streamable_http_client(url, headers=headers)
    async with transport as streams:
        read, write = streams[0], streams[1]
        async with ClientSession(read, write, client_info=Implementation(name="cadence-http-peer", version="1.0")) as session:
            init = await session.initialize()
            check(init.server_info.name == "cadence", "http: initialize")
            names = {tool.name for tool in (await session.list_tools()).tools}
            check(names == EXPECTED_TOOLS, f"http: tools/list is the stdio list ({sorted(names ^ EXPECTED_TOOLS)} differ)")
            uris = [str(resource.uri) for resource in (await session.list_resources()).resources]
            check("cadence://runner/profile.json" in uris, "http: resources/list")
            saved = await session.call_tool("update_physical", {"age": 41})
            check(saved.is_error is not True and (saved.structured_content or {}).get("saved") == ["physical.age"], "http: update_physical saved")
            bad = await session.call_tool("update_physical", {"age": "forty"})
            check(bad.is_error is True and text_of(bad).startswith("nothing was saved"), "http: bad argument is a tool error")
            profile = json.loads((await session.read_resource("cadence://runner/profile.json")).contents[0].text)
            check(profile["physical"]["age"] == 41, "http: the profile resource shows the write")


def http_test(cadence, home, env):
    token = secrets.token_hex(20)
    db, transcript = os.path.join(home, "http.sqlite"), os.path.join(home, "http.jsonl")
    server = subprocess.Popen(
        [cadence, "mcp", "--http", "127.0.0.1:0", "--db", db, "--transcript", transcript, "--dir", str(ROOT / "KnowledgeBase"),
         "--prompts", str(ROOT / "prompts")],
        env={**env, "CADENCE_MCP_TOKEN": token}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        url, seen, deadline = None, "", time.time() + 60
        while url is None and time.time() < deadline:
            line = server.stderr.readline()
            if not line:
                break
            seen += line
            found = re.search(r"http://127\.0\.0\.1:[0-9]+/mcp", line)
            url = found.group(0) if found else None
        check(url is not None, f"http: the bound port is on stderr ({seen.strip()[-120:]})")
        if url is None:
            return
        check(token not in seen, "http: the token is not printed")
        check(http_status(url) == 401, "http: 401 without the token")
        check(http_status(url, token="x" * 40) == 401, "http: 401 with a wrong token")
        check(http_status(url, token=token, origin="http://evil.example:8765") == 403, "http: 403 for a foreign Origin")
        anyio.run(http_session_test, url, token)
        server.send_signal(signal.SIGTERM)
        check(server.wait(timeout=20) == 0, "http: SIGTERM stops the server, exit 0")
        history = field_history(db, "physical.age")
        check(len(history) == 1 and history[0][0] == "user" and (history[0][1] or "").startswith("mcp-"),
              f"http: physical.age written with the MCP session's provenance ({history})")
        first = os.path.join(home, "http.jsonl")
        sessions = [first] + sorted(p for p in (os.path.join(home, f) for f in os.listdir(home)) if re.search(r"http-[0-9]+\.jsonl$", p))
        lines = [json.loads(line) for line in open(sessions[0])]
        check(lines[0].get("client", {}).get("name") in ("cadence-http-peer", "urllib"), f"http: transcript with the client {lines[0].get('client')}")
        ends = [json.loads(open(path).read().splitlines()[-1]) for path in sessions]
        check(all(end["type"] == "end" for end in ends), f"http: every session's transcript ends ({len(sessions)} sessions)")
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


def main():
    cadence = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/cadence")
    home = tempfile.mkdtemp(prefix="cadence-mcp-")
    os.chmod(home, 0o700)
    try:
        db, transcript = os.path.join(home, "cadence.sqlite"), os.path.join(home, "mcp.jsonl")
        env = {"PATH": os.environ.get("PATH", ""), "CADENCE_HOME": home, "HOME": home}
        server = ThreadingHTTPServer(("127.0.0.1", 0), Embeddings)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_address[1]}/v1"
        made = anyio.run(session_test, cadence, home, db, transcript, url, env)

        # The database afterwards, read with Python's sqlite3.
        history = field_history(db, "physical.age")
        check(len(history) == 1 and history[0][0] == "user" and (history[0][1] or "").startswith("mcp-"),
              f"physical.age: one write, source user, the MCP session id ({history})")
        check(field_history(db, "physical.heightCm") == [], "the refused bad argument left no trace")
        document = runner_document(cadence, db, env)
        check(document["legal"].get("healthConsentAt") is not None and document["physical"]["age"] == 38, "runner row: consent and age")
        with sqlite3.connect(db) as connection:
            plans = connection.execute("SELECT id, status FROM trainingPlans").fetchall()
        check([p[0] for p in plans] == [made.get("planId")], f"one plan in the database ({plans})")
        out = subprocess.run([cadence, "runner", "history", "physical.age", "--db", db], env=env, capture_output=True, text=True)
        check(out.returncode == 0 and "user" in out.stdout and "mcp-" in out.stdout, "cadence runner history shows the MCP session")

        # The same plan from `cadence plan generate` for the same profile (a copy of the database).
        copy = os.path.join(home, "copy.sqlite")
        shutil.copyfile(db, copy)
        out = subprocess.run([cadence, "plan", "generate", "--json", "--start", PLAN_START, "--db", copy, "--dir", str(ROOT / "KnowledgeBase")],
                             env=env, capture_output=True, text=True)
        check(out.returncode == 0, "cadence plan generate on the same profile")
        generated = json.loads(out.stdout) if out.returncode == 0 else {"plan": {}, "plannedSessions": []}
        with sqlite3.connect(db) as connection:
            connection.row_factory = sqlite3.Row
            mcp_sessions = [dict(row) for row in connection.execute(
                "SELECT weekNumber, dayOfWeek, scheduledDate, sessionType, targetDurationSeconds, targetDistanceMeters, description "
                "FROM plannedSessions WHERE planId = ? ORDER BY scheduledDate", (made.get("planId"),))]
        keys = ["weekNumber", "dayOfWeek", "scheduledDate", "sessionType", "targetDurationSeconds", "targetDistanceMeters", "description"]
        cli_sessions = sorted(({key: session.get(key) for key in keys} for session in generated["plannedSessions"]),
                              key=lambda session: session["scheduledDate"])
        check(len(mcp_sessions) > 0 and mcp_sessions == cli_sessions,
              f"create_plan and cadence plan generate give the same plan ({len(mcp_sessions)} sessions)")
        weeks = [(w["weekNumber"], w["volumeKm"], w["phaseName"]) for w in generated["plan"].get("weeklyPlan", [])]
        check(weeks and [(w["week"], w["km"], w["phase"]) for w in made.get("weeks", [])] == [(n, round(km), p) for n, km, p in weeks],
              "same weeks, volumes and phases")

        # The transcript: the client, and `cadence replay` repeats the session the same.
        lines = [json.loads(line) for line in open(transcript)]
        check(lines[0]["type"] == "session" and lines[0].get("client", {}).get("name") == "cadence-peer-test" and lines[0]["provider"] == "mcp",
              f"transcript: session with the client {lines[0].get('client')}")
        check(lines[-1]["type"] == "end", "transcript: end")
        check(oct(os.stat(transcript).st_mode & 0o777) == "0o600", "transcript: readable by its owner only")
        out = subprocess.run([cadence, "replay", transcript, "--prompts", str(ROOT / "prompts"), "--kb", str(ROOT / "KnowledgeBase")],
                             env=env, capture_output=True, text=True)
        check(out.returncode == 0 and out.stdout.startswith("same"), f"cadence replay: {out.stdout.strip()} {out.stderr.strip()}")
        server.shutdown()

        http_test(cadence, home, env)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    print(f"\n{'FAILED: ' + str(len(failures)) + ' check(s)' if failures else 'all checks passed'}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
