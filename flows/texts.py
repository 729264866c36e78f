"""Everything the advisor says that is not a question or a rule, in Japanese and English."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "welcome": {
        "ja": "クラウドワークスなどで受けたお仕事のやり取りをチャットワークに移してよいか、いくつか質問して判定します。"
              "いつでも「戻る」「はじめから」「キャンセル」「ヘルプ」と送れます。",
        "en": "I'll ask a few questions and tell you whether it is safe to move your conversation with a client "
              "from CrowdWorks (or Lancers, Coconala) to Chatwork. You can say \"back\", \"start over\", \"cancel\" or \"help\" at any time.",
    },
    "understood": {"ja": "メッセージから次のことを読み取りました: {items}",
                   "en": "From your message I understood: {items}"},
    "signs_noted": {"ja": "気になる点として記録しました: {items}", "en": "Noted as warning signs: {items}"},
    "help": {
        "ja": "番号か言葉で答えてください（例: 「1」「まだ」「わからない」）。ボタンでも答えられます。\n"
              "・戻る: ひとつ前の質問へ\n・はじめから: 最初からやり直す\n・キャンセル: 終了する",
        "en": "Answer with a number or in words (e.g. \"1\", \"not yet\", \"not sure\"), or use the buttons.\n"
              "• back: the previous question\n• start over: begin again\n• cancel: stop",
    },
    "options_hint": {"ja": "番号でも答えられます:", "en": "You can also reply with a number:"},
    "preselected_hint": {"ja": "✔ はこれまでのメッセージから読み取った項目です。",
                         "en": "✔ marks what I picked up from your earlier messages."},
    "multi_hint": {"ja": "当てはまるものをすべて選んでください（例: 1,3）。", "en": "Pick all that apply (e.g. 1,3)."},
    "gave_up": {"ja": "うまく読み取れなかったので「{value}」として先に進みます。あとで「戻る」で直せます。",
                "en": "I couldn't read that, so I'll continue with \"{value}\". You can say \"back\" to change it."},
    "skipped": {"ja": "この質問は飛ばして先に進みます。判定の最後に「まだ確認が必要なこと」として挙げます。",
                "en": "I'll skip this question and list it under \"still to check\" at the end."},
    "confirm_unknown": {"ja": "はい・いいえが読み取れなかったので、この点は未確認のまま、選択肢からお聞きし直します。",
                        "en": "I couldn't tell yes or no, so I'll leave that unconfirmed and ask with the options instead."},
    "nothing_to_go_back": {"ja": "これが最初の質問です。", "en": "This is the first question."},
    "resumed": {"ja": "前回の続きから再開します。", "en": "Picking up where you left off."},
    "restarted": {"ja": "最初からやり直します。", "en": "Starting over."},
    "cancelled": {"ja": "終了しました。また質問があればいつでもメッセージを送ってください。",
                  "en": "Cancelled. Send me a message any time to start again."},
    "asked_again": {"ja": "↓ この質問は下でもう一度お聞きしています。", "en": "↓ Asked again below."},
    "chosen": {"ja": "{question} → {answer}", "en": "{question} → {answer}"},
    "stale": {"ja": "このボタンは以前の質問のものです。今の質問に答えてください。",
              "en": "That button belongs to an earlier question. Please answer the current one."},
    "finished": {"ja": "この相談はもう終わっています。新しく確認するにはメッセージを送るか「はじめから」を押してください。",
                 "en": "That check is already finished. Send a message or press \"Start over\" to begin a new one."},
    "expired": {"ja": "前回の相談は時間が経ったため終了しました。最初からお聞きします。",
                "en": "Your previous check expired, so let's start again from the beginning."},
    "verdict_title": {"ja": "判定", "en": "Verdict"},
    "level_safe": {"ja": "移行して大丈夫です", "en": "Safe to move"},
    "level_safe_if": {"ja": "先に済ませることがあります", "en": "Safe once you do this first"},
    "level_stop": {"ja": "ストップ", "en": "Stop"},
    "reasons": {"ja": "理由", "en": "Why"},
    "steps": {"ja": "この順で進めてください", "en": "Do this, in this order"},
    "done": {"ja": "✔ 済み: {items}", "en": "✔ Already done: {items}"},
    "more_checklist": {"ja": "ほかに気をつけること", "en": "Also watch out for"},
    "sources_line": {"ja": "出典: {links}（{date} 確認）", "en": "Sources: {links} (checked {date})"},
    "details": {"ja": "詳しく", "en": "Details"},
    "hide_details": {"ja": "閉じる", "en": "Hide details"},
    "reply_button": {"ja": "返信の文例", "en": "Draft a reply"},
    "reply_intro": {"ja": "クライアントへの返信の文例です。状況に合わせて直してお使いください。",
                    "en": "A reply you can send the client, in Japanese (clients on these platforms almost always "
                          "write Japanese), with the same reply in English below: send whichever fits, and edit "
                          "it to fit."},
    "reply_japanese": {"ja": "日本語（送る文）", "en": "In Japanese (to send):"},
    "reply_english": {"ja": "英語", "en": "The same in English:"},
    "no_reply": {"ja": "この相手には返信しないでください（返信の文例はありません）。",
                 "en": "Don't reply to this sender (so there is no draft for this case)."},
    "terminal_more": {"ja": "「詳しく」で理由と出典の全文、「文例」でクライアントへの返信の文例を表示します。",
                      "en": "Type \"details\" for every reason and source, or \"reply\" for a reply to send the client."},
    "details_later": {"ja": "「詳しく」と「文例」は、判定が出たあとで使えます。",
                      "en": "\"details\" and \"reply\" work once there is a verdict."},
    "checklist": {"ja": "気をつけること", "en": "Watch out for"},
    "still_to_check": {"ja": "まだ確認が必要なこと", "en": "Still to check"},
    "sources": {"ja": "出典（{date} 確認）", "en": "Sources (checked {date})"},
    "start_over": {"ja": "もう一度チェックする", "en": "Check again"},
    "start_check": {"ja": "チェックを始める", "en": "Start a check"},
    "continue_in_dm": {"ja": "DMで詳しくチェックする", "en": "Full check in DM"},
    "faq_offer": {"ja": "ご自身のケースも確認しますか？「はい」か、状況をひとこと送ってください。",
                  "en": "Want me to check your own case? Say \"yes\", or tell me your situation in a line."},
    "submit_choices": {"ja": "決定", "en": "Done"},
    "confidence_official": {"ja": "公式", "en": "official"},
    "confidence_secondary": {"ja": "第三者情報", "en": "third-party"},
    "confidence_seed": {"ja": "元記事のみ", "en": "original article only"},
    "confidence_answer": {"ja": "あなたの回答", "en": "your answer"},
    "unavailable": {"ja": "ただいま一時的に利用できません。少し時間をおいてもう一度お試しください。",
                    "en": "The advisor is temporarily unavailable. Please try again in a moment."},
    "disclaimer": {"ja": "※ 規約やヘルプの内容は変わることがあります。最終的には各サービスの最新の案内をご確認ください。",
                   "en": "Rules change: check each platform's latest help pages before you act."},
    "home_title": {"ja": "チャットワーク移行チェック", "en": "Chatwork migration check"},
    "home_intro": {
        "ja": "クラウドワークスなどで受けたお仕事で、クライアントから「チャットワークでやり取りしませんか」と言われたとき、"
              "移ってよいか・何に気をつけるかを、契約・仮払い・クライアントの状況を伺って判定します。"
              "すべての助言に出典（公式ヘルプなど）を付けています。",
        "en": "When a client you met on CrowdWorks (or Lancers, Coconala) asks to move to Chatwork, I ask about the "
              "contract, the escrow (仮払い) and the client, then tell you whether it is safe and what to watch "
              "out for, with a source for every rule.",
    },
    "home_no_verdict": {"ja": "まだ判定はありません。「チェックを始める」から始めてください。",
                        "en": "No verdict yet. Press \"Start a check\" to begin."},
    "home_last_verdict": {"ja": "前回の判定", "en": "Your last verdict"},
    "home_usage": {"ja": "DMで質問するか、どのチャンネルでも `/migrate-check` と入力してください。"
                         "`/migrate-check 状況の説明` ですぐに簡易判定、`/migrate-check help` で使い方を表示します。",
                   "en": "DM me, or type `/migrate-check` anywhere. `/migrate-check <your situation>` gives a quick "
                         "assessment; `/migrate-check help` shows how to use it."},
    "choose": {"ja": "選んでください", "en": "Choose"},
    "modal_title": {"ja": "移行チェック", "en": "Migration check"},
    "modal_submit": {"ja": "判定する", "en": "Check"},
    "modal_close": {"ja": "閉じる", "en": "Close"},
    "modal_intro": {"ja": "わかる範囲で答えてください。空欄の項目は「まだ確認が必要なこと」として判定に出ます。",
                    "en": "Answer what you know. Anything left blank is listed under \"still to check\"."},
    "command_help": {
        "ja": "*`/migrate-check` の使い方*\n"
              "• `/migrate-check` … 質問フォームを開いて判定します\n"
              "• `/migrate-check 仮払いは済んでいて、チャットワークに移ろうと言われた` … 文章からすぐに簡易判定します\n"
              "• `/migrate-check forget` … 保存されているあなたの相談内容を削除します\n"
              "• DMで話しかけると、一問ずつ質問しながら判定します",
        "en": "*How to use `/migrate-check`*\n"
              "• `/migrate-check` opens a form and gives a verdict\n"
              "• `/migrate-check the client escrowed and wants to move to Chatwork` gives a quick assessment\n"
              "• `/migrate-check forget` deletes what is stored about you\n"
              "• DM me for a step-by-step check",
    },
    "forgotten": {"ja": "あなたについて保存していた相談内容をすべて削除しました。",
                  "en": "Everything stored about you has been deleted."},
    "quick_intro": {"ja": "文章から読み取れた範囲での簡易判定です。", "en": "A quick assessment from what your text says."},
    "quick_nothing": {"ja": "（状況が読み取れなかったため、一般的な判定です）",
                      "en": "(I couldn't read specifics from the text, so this is the general picture.)"},
    "mention_usage": {
        "ja": "クラウドワークスのお仕事でチャットワークへの移行を持ちかけられたときの判定をお手伝いします。"
              "DMで話しかけるか `/migrate-check` を使ってください。",
        "en": "I help you decide whether to move a CrowdWorks job conversation to Chatwork. DM me or use "
              "`/migrate-check`.",
    },
    "dm_opened": {"ja": "DMでチェックを始めました。", "en": "I've started the check in your DMs."},
    "not_delivered": {"ja": "前のメッセージをお届けできていなかったので、もう一度お送りします。",
                      "en": "My last message didn't reach you, so here it is again."},
    "not_delivered_busy": {"ja": "Slackが混み合っていて前のメッセージをお届けできなかったので、もう一度お送りします。",
                           "en": "Slack was busy and my last message didn't reach you, so here it is again."},
    "not_delivered_slack_error": {
        "ja": "Slack側の一時的な問題で前のメッセージをお届けできなかったので、もう一度お送りします。",
        "en": "A temporary problem at Slack kept my last message from reaching you, so here it is again."},
    "rate_limited": {
        "ja": "メッセージが続けて届いたため、{count}件は読まずにとばしました。この返事のあとで、必要なことをもう一度送ってください。",
        "en": "Your messages came in faster than I can answer, so I skipped {count} of them. "
              "Please send again whatever is still needed after this reply."},
    "too_fast": {"ja": "続けて多く届いたため、少し間をおいてからもう一度お試しください。",
                 "en": "That was a lot in a row: please wait a moment and try again."},
    "late_message": {
        "ja": "少し前に送られたメッセージが、そのあとのメッセージより遅れて届いたため、使わずにおきました。"
              "必要でしたら、もう一度送ってください。",
        "en": "A message you sent earlier reached me after a later one, so I didn't use it. If it still matters, "
              "please send it again."},
    "unavailable_retrying": {
        "ja": "ただいま一時的にメッセージを保存できません。復旧しだいお返事します。しばらくしても返事がなければ、もう一度送ってください。",
        "en": "I can't save your message right now. I'll answer as soon as I can; if no answer comes in a few "
              "minutes, please send it again."},
    "failed": {"ja": "すみません、うまく処理できませんでした。もう一度お試しください。",
               "en": "Sorry, something went wrong with that. Please try again."},
    "files_not_read": {"ja": "添付ファイルは読みません。状況はメッセージの文章でお知らせください。",
                       "en": "I don't read attached files: please describe your situation in the message text."},
}


def say(key: str, lang: str, **values: str) -> str:
    """The text for `key` in `lang` (Japanese when that language is missing), with {values} filled in."""
    entry = TEXTS[key]
    return entry.get(lang, entry["ja"]).format(**values)
