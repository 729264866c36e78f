"""`python -m bot chat` in a real subprocess: what a user sees in the terminal, and resuming later.

Each run gets its own SQLite file under tmp_path (ADVISOR_STORE_URL), so runs sharing a file continue
one conversation and other runs never see it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 60
FAQ_CONTACT_URL = "https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10562?l=ja&url=10562"

Q_PLATFORM = "どのサービスで見つけたお仕事ですか？"
Q_CONTRACT = "クライアントとの契約はもう結びましたか？"
Q_FORMAT = "お仕事の形式はどれですか？"
Q_ESCROW = "クライアントの仮払い（報酬の預け入れ）は済んでいますか？"
Q_REQUEST = "クラウドワークスの「サービス外連絡申請」はしましたか？"
Q_CLIENT = "クライアントのプロフィールはどれに近いですか？"
Q_SIGNS = "クライアントから次のようなことを言われましたか？"
WELCOME = "お仕事のやり取りをチャットワークに移してよいか"


def chat(tmp_path: Path, lines: list[str], *args: str, db: str = "a.db") -> subprocess.CompletedProcess:
    """Run the terminal chat once, typing `lines` (then end of input)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ADVISOR_", "SLACK_"))}
    env.update({"ADVISOR_STORE_URL": f"sqlite:///{tmp_path}/{db}", "PYTHONIOENCODING": "utf-8",
                "USER": "tester", "LOGNAME": "tester"})
    return subprocess.run([sys.executable, "-m", "bot", "chat", *args], cwd=ROOT, env=env,
                          input="".join(line + "\n" for line in lines), capture_output=True, text=True,
                          encoding="utf-8", timeout=TIMEOUT)


def ok(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.stdout


def in_order(text: str, *parts: str) -> bool:
    """All parts appear in text, in this order."""
    at = 0
    for part in parts:
        found = text.find(part, at)
        if found < 0:
            return False
        at = found + len(part)
    return True


def test_japanese_conversation_to_a_verdict(tmp_path):
    out = ok(chat(tmp_path, ["1", "はい", "固定", "済んでる", "申請していない", "本人確認済み", "なし"]))
    assert in_order(out, WELCOME, Q_PLATFORM, "  1. クラウドワークス", "  2. ランサーズ", "  3. ココナラ",
                    "プラットフォーム → クラウドワークス", Q_CONTRACT, "  1. まだ（応募中・相談中）", "  2. 契約済み",
                    "契約 → 契約済み", Q_FORMAT, "  2. 固定報酬（マイルストーン）", Q_ESCROW, "仮払い → 仮払い済み",
                    Q_REQUEST, "サービス外連絡申請 → 申請していない", Q_CLIENT, Q_SIGNS, "  11. どれもない",
                    "気になる点 → どれもない",
                    "⚠️ チャットワークに移る前に、サービス外連絡申請をして承認を受けてください。",
                    "✔ 済み: 契約・仮払い", "■ この順で進めてください",
                    "1. サービス外連絡申請をして、承認を待つ（審査は2営業日以内）。",
                    "2. チャットワークのIDを交換して、移行する。", "■ 気をつけること", "出典: CW FAQ 10562",
                    "（2026-11-28 確認）", "「詳しく」で理由と出典の全文")
    assert FAQ_CONTACT_URL not in out  # every URL is in the details
    assert "> " in out


def test_details_and_reply_after_the_verdict(tmp_path):
    out = ok(chat(tmp_path, ["1", "はい", "固定", "済んでる", "申請していない", "本人確認済み", "なし", "詳しく", "文例"]))
    verdict = out.index("⚠️ チャットワークに移る前に")
    assert in_order(out[verdict:], "⚠️ 詳しく", "■ 理由", "（公式）", "■ ほかに気をつけること",
                    "■ 出典（2026-11-28 確認）", FAQ_CONTACT_URL, "※ 規約やヘルプの内容は変わることがあります",
                    "クライアントへの返信の文例です", "お世話になっております。", "「サービス外連絡申請」が必要ですので",
                    "どうぞよろしくお願いいたします。")
    assert Q_PLATFORM not in out[verdict:]  # the commands do not start a new check


def test_details_before_the_verdict_says_when_it_works(tmp_path):
    out = ok(chat(tmp_path, ["詳しく"]))
    assert in_order(out, Q_PLATFORM, "「詳しく」と「文例」は、判定が出たあとで使えます。", Q_PLATFORM)


def test_japanese_stop_verdict(tmp_path):
    out = ok(chat(tmp_path, ["ランサーズ", "契約済み", "固定", "済み", "まだ", "わからない", "手数料なしで直接契約しようと言われた"]))
    assert Q_REQUEST not in out  # a CrowdWorks-only question
    assert in_order(out, "⛔ 直接取引の提案には応じないでください。ランサーズでは、サイトの外での支払いは禁止です。",
                    "1. 直接取引（サイトを通さない契約・支払い）の提案は、丁寧に断る。",
                    "2. チャットワークなど外部には移らず、やり取りはランサーズのメッセージだけで続ける。",
                    "3. 相手とのやり取りは、消さずに残しておく。", "ランサーズFAQ 598")
    assert "サービス外連絡申請" not in out


def test_english_conversation(tmp_path):
    out = ok(chat(tmp_path, ["crowdworks", "yes", "hourly", "not yet", "not filed", "new account", "none"],
                  "--lang", "en"))
    assert in_order(out, "tell you whether it is safe to move your conversation with a client",
                    "Which platform did you find this job on?", "  1. CrowdWorks", "Platform → CrowdWorks",
                    "Have you signed the contract with the client yet?", "  2. Contracted",
                    "What kind of job is it?", "  3. Hourly", "Has the client put the reward in escrow (仮払い)?",
                    "Escrow → Not yet", "off-platform contact request", "Which best describes the client's profile?",
                    "Has the client asked for any of these? (pick all that apply)", "Pick all that apply (e.g. 1,3).",
                    "⚠️ The reward isn't in escrow yet", "■ Do this, in this order", "1. Check that the week's expected hours",
                    "■ Watch out for", "Sources: CW FAQ 10099", "(checked 2026-11-28)", 'Type "details"')
    assert "time-card app" in out
    # no Japanese question or option leaks into the English chat
    assert "クライアント" not in out


def test_anytime_commands_in_the_terminal(tmp_path):
    out = ok(chat(tmp_path, ["help", "1", "まだ", "戻る", "契約済み", "start over", "ココナラ", "2", "なし"]))
    # help: the commands and the question's explanation, then the question again
    assert in_order(out, Q_PLATFORM, "番号か言葉で答えてください", "・戻る: ひとつ前の質問へ",
                    "サービスごとに外部ツールへの移行ルールが違うため、最初に確認します。")
    # back: the contract question again, then the changed answer
    assert in_order(out, "契約 → まだ（応募中・相談中）", Q_FORMAT, Q_CONTRACT, "契約 → 契約済み", Q_FORMAT)
    # start over: from the first question, then a Coconala stop
    assert in_order(out, "契約 → 契約済み", "最初からやり直します。", Q_PLATFORM, "プラットフォーム → ココナラ",
                    "⛔ ココナラでは、購入後もココナラの外での連絡は禁止されています。", "ココナラ公式お知らせ")


def test_cancel_in_the_terminal_ends_the_chat(tmp_path):
    proc = chat(tmp_path, ["1", "キャンセル", "2", "2"])
    out = ok(proc)
    assert "終了しました。" in out
    assert Q_CONTRACT in out and "契約 → " not in out  # nothing after cancel is read


def test_resume_continues_at_the_third_question(tmp_path):
    first = ok(chat(tmp_path, ["1", "2"]))
    assert in_order(first, Q_PLATFORM, Q_CONTRACT, "契約 → 契約済み", Q_FORMAT)

    second = ok(chat(tmp_path, ["タスク", "承認", "1", "なし"]))
    assert WELCOME not in second
    assert Q_PLATFORM not in second and Q_CONTRACT not in second
    assert second.lstrip().startswith("前回の続きから再開します。\n\n" + Q_FORMAT)
    assert Q_ESCROW not in second  # a task is escrowed before publication: not asked
    assert in_order(second, "契約形式 → タスク形式", Q_REQUEST, Q_CLIENT, Q_SIGNS, "✅ 契約・サービス外連絡申請の承認が済んでいるので")

    # after a verdict, the next run starts a new check
    third = ok(chat(tmp_path, []))
    assert in_order(third, WELCOME, Q_PLATFORM)


def test_resume_is_per_store(tmp_path):
    ok(chat(tmp_path, ["1", "2"], db="one.db"))
    other = ok(chat(tmp_path, [], db="two.db"))
    assert in_order(other, WELCOME, Q_PLATFORM)


def one_error_line(proc: subprocess.CompletedProcess) -> str:
    """The run failed with exit status 2 and exactly one line on stderr, starting with "error:"."""
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error:"), lines[0]
    assert Q_PLATFORM not in proc.stdout
    return lines[0]


@pytest.mark.parametrize("url", ["postgres://localhost/db", "sqlite:/relative.db", "nonsense"])
def test_bad_store_url_is_one_clear_line_and_status_2(tmp_path, url):
    line = one_error_line(chat(tmp_path, ["1"], "--store", url))
    assert "sqlite:///" in line  # says what a valid URL looks like


def test_store_file_that_cannot_be_opened_is_one_clear_line_and_status_2(tmp_path):
    missing = tmp_path / "no-such-dir" / "a.db"
    # several runs: a background thread's traceback after the error line shows up only some of the time
    for _ in range(8):
        line = one_error_line(chat(tmp_path, ["1"], "--store", f"sqlite:///{missing}"))
        assert str(missing) in line


def test_bad_store_url_in_the_environment_is_one_clear_line_and_status_2(tmp_path):
    env = {**os.environ, "ADVISOR_STORE_URL": "postgres://localhost/db"}
    proc = subprocess.run([sys.executable, "-m", "bot", "chat"], cwd=ROOT, env=env, input="1\n",
                          capture_output=True, text=True, encoding="utf-8", timeout=TIMEOUT)
    assert "ADVISOR_STORE_URL" in one_error_line(proc)
