"""What typed text may say, as data: the tables flows/parse.py reads with (THE SAFETY RULE is there).

Beside flows/questions.py (whose option ``words`` are the short answers to one question), this file holds:

- ``COMMANDS``: the anytime commands, as whole messages (after polite ``FILLERS`` are dropped);
- ``MARKERS``: how a statement is said: negated, a question, a conditional, the future or an intention,
  hearsay (what the client says or claims), a hedge. Each is a regex run on the words around the statement,
  where the statement itself is replaced by ``◆``: ``◆されていません`` is negated, ``来週◆`` is the future;
- ``LESS_SAFE``: what a statement of a completed fact becomes when it is said in one of those ways
  (a promised escrow is not an escrow);
- ``FACTS``: statements of an answer that count anywhere in a message (``仮払い済み``, ``contract signed``);
- ``SIGNS``: warning signs, said anywhere in a message; ``MOVES``: a move to an outside tool (a sign when the
  contract is not made yet);
- ``NONE``: short ways of saying "none of these"; ``SAFETY``: each answer's values from the least safe.

Patterns are matched on normalised text (see flows/parse.normalise): lower case, katakana folded to
hiragana, full-width folded. Write katakana freely here (it is folded when compiled); do not use upper-case
escapes (``\\W``, ``\\S``, ``\\D``, ``\\B``). Adding a phrasing is one line: a word in a tuple, or an
alternative in a pattern.
"""

from __future__ import annotations

from typing import NamedTuple

ASK = "?ask"    # the reading is unclear: ask again (the question's options are shown)
FIRST_PART = "?first_part"  # 「最初の分だけ」: the current milestone when the job has milestones, else unclear
DROP = "-drop"  # not a statement of this answer at all

# ---- anytime commands: the whole message, once fillers are dropped from both ends ----

COMMANDS: dict[str, tuple[str, ...]] = {
    "restart": ("はじめから", "初めから", "最初から", "やり直し", "やりなおし", "やり直す", "最初からやり直し",
                "最初からやり直す", "はじめからやり直し", "リセット", "もう一度最初から", "最初に戻る", "最初に戻り",
                "start over", "restart", "reset", "start again", "from the start", "from scratch", "begin again",
                "start from the beginning", "start over again"),
    "back": ("戻る", "もどる", "戻り", "前へ", "前に戻る", "前に戻り", "ひとつ戻る", "一つ戻る", "1つ戻る", "前の質問",
             "前の質問に戻る", "前の質問に戻り", "前の質問へ", "back", "go back", "previous", "previous question",
             "undo", "one back", "back one", "go back one", "last question",
             "back to the previous question", "go back to the previous question", "さっきの質問", "さっきの質問に戻り",
             "さっきの質問に戻る"),
    "cancel": ("キャンセル", "中止", "やめる", "やめます", "やめ", "やめたい", "止める", "終了", "終わり", "おわり",
               "終わる", "終わります", "もういい", "もういいです", "もういいです終わり", "もういいです終わります",
               "cancel", "quit", "stop", "exit", "abort", "never mind", "nevermind", "forget it", "end"),
    "help": ("ヘルプ", "使い方", "助けて", "help", "?", "？", "h", "how does this work", "how to use"),
    "details": ("詳細", "詳しく", "詳しく見", "詳しく見る", "詳細を見", "詳細を見る", "詳細を表示", "もっと詳しく",
                "もっと詳しく教えて", "詳しく教えて", "詳細を見せて", "詳しく見せて", "詳しい説明", "details", "detail", "show details",
                "more details", "more detail", "show more", "tell me more", "full details", "explain more"),
    "reply": ("文例", "返信の文例", "返信文", "返信例", "返信の例", "reply", "draft", "draft a reply", "reply draft"),
}
# The edges of a short answer, for patterns read on Japanese text too (\\W is ASCII-only there, so it would take in
# Japanese words): spaces, punctuation, brackets, laughter.
_EDGE = r"[\s、。,.!！?？…〜~ー・()（）「」『』\"'“”:：;；w笑草]*"
_START, _END = "^" + _EDGE, _EDGE + "$"

# Words a phone's voice input (or a hurried IME) writes for the platform's terms, as they are after
# flows/parse.normalise (katakana folded to hiragana): read as the term.
MISHEARD: dict[str, str] = {
    "借り払い": "仮払い", "ついでる": "ついてる", "仮祓い": "仮払い", "かり払い": "仮払い", "借払い": "仮払い",
    "神聖": "申請", "しんせい": "申請", "商人": "承認", "承任": "承認", "身文証": "身分証", "しょうにん": "承認", "審査注": "審査中", "しんさちゅう": "審査中",
    "一喝": "一括", "いっかつ": "一括", "表か": "評価", "ひょうか": "評価", "けいやく": "契約",
    "ほんにんかくにん": "本人確認", "ちゃっと枠": "ちゃっとわーく", "ちゃっと割く": "ちゃっとわーく",
    "in a scroll": "in escrow", "into a scroll": "into escrow", "crow works": "crowdworks", "crowd works": "crowdworks",
    "chat work": "chatwork",
    # formal kanji spellings of endings (「未だ致して居りません」) and loanwords for the terms (「アプルーブされています」)
    "居ります": "おります", "居りません": "おりません", "居りました": "おりました", "致して": "いたして", "致しました": "いたしました",
    "致しておりません": "いたしておりません", "申請致": "申請いたし", "未だに": "いまだに", "御座います": "ございます", "御座いません": "ございません", "未だ": "まだ",
    "あぷるーぶ": "承認", "かりばら済": "仮払い済", "かりばらずみ": "仮払い済み", "仮払らい": "仮払い", "かりばらいずみ": "仮払い済み", "かりばらい": "仮払い",
}

# Whole English words of a dialect, read as the standard word (Scots: "havnae done that yet", "naw").
DIALECT: dict[str, str] = {
    "havnae": "haven't", "havenae": "haven't", "hasnae": "hasn't", "didnae": "didn't", "dinnae": "don't",
    "dinna": "don't", "cannae": "can't", "canna": "can't", "isnae": "isn't", "wasnae": "wasn't",
    "wouldnae": "wouldn't", "couldnae": "couldn't", "naw": "no",
    # contractions typed without (or with a stray) apostrophe: "he hasnt funded it", "has'nt"
    "isnt": "isn't", "hasnt": "hasn't", "havent": "haven't", "havnt": "haven't", "wasnt": "wasn't", "werent": "weren't",
    "didnt": "didn't", "doesnt": "doesn't", "dont": "don't", "arent": "aren't", "aint": "isn't", "has'nt": "hasn't",
    "have'nt": "haven't", "is'nt": "isn't", "was'nt": "wasn't", "did'nt": "didn't", "does'nt": "doesn't", "nae bother": "all good", "nae": "no", "aye": "yes",
    # punctuation spoken into voice input: "I think so comma let me look … it says escrowed"
    "comma": ",", "full stop": ".", "question mark": "?", "exclamation mark": "!", "exclamation point": "!",
}

# Dropped from the start and the end of a message before it is compared with the commands.
FILLERS: dict[str, tuple[str, ...]] = {
    "start": ("えっと", "あの", "じゃあ", "では", "ちょっと", "すみません", "やっぱり", "やっぱ", "let me", "i want to", "never mind", "nevermind", "actually", "sorry", "i'd like to",
              "can i", "can we", "please", "pls", "i wanna", "ok", "okay"),
    "end": ("お願いします", "おねがいします", "お願い", "ください", "下さい", "したいです", "たいです", "したい", "たい",
            "します", "しましょう", "して",
            "です", "ます", "please", "pls", "plz", "thanks", "thank you", "now"),
}

# ---- how a statement is said ----

_NOT_HEDGE = r"(?<!気が)(?<!気も)(?<!感じが)"  # 「…気がします」 is a hedge, not a verb of what it follows
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_NEAR = r"◆[^◆◇、。]{0,8}?"   # Japanese verb endings: within a few characters after the statement
_NEARISH = r"◆[^◆◇、。]{0,14}?"
# In order of precedence: the first that holds decides. A zone ends with ◇ when another statement follows.
MARKERS: dict[str, str] = {
    "negated": (
        r"◆(?:[はがもを]|で|に)?[^◆◇、。]{0,10}?(?:ない|ましぇん|ちょらん|とは言い難|とは言いがた|(?:では|じゃ)なく|なくて|ません|なかった|なし|無し|ずに|(?:て|で|せ|さ|け|れ)へん"
        r"|ねぇ|ねえ|ねー|ねかった|とらん|ておらん|とらへん|よらん|ませぬ|はらへん|(?<=て)なか(?!っ)|まへん|(?<=み)ちゃう|ねがった"
        r"|(?<=[れえけて])ん(?:かった|やった|です|$|[、。\s])|(?<=◆)ん(?:かった)|うせん|しちょらん)|◆(?:へん|ひん|へなんだ|あらへん)|ませんで◆|◆[はもが]\s*(?:not(?: yet| done)?|nothing|none|no)(?![a-z'])(?!\s*(?:problems?|worries|issues?|doubt))"
        r"|◆\s*(?:[:：=(（]\s*)?(?:×|✕|✖|❌|✗|🙅|無(?=\s*(?:[、。,.)）]|$))|未(?=\s*(?:[、。,.)）]|$)))"  # 「本確×」「仮払い未」
        r"|◆\s*(?:[-–—:：=→,(（]\s*)?(?:no|nope|not(?: really| yet)?|x|0|0%)(?=\s*(?:[).!,;]|$))|◆\s*(?:→|->|⇒)\s*まだ"  # "funded - no"
        r"|\b(?:zero|nothing|none)\s+(?:(?:is|was|has been|got|in)\s+)*◆|(?:^|\s)[$¥￥]?0\s+(?:in\s+)?◆|◆\s+0\s*(?:of|/)\s*\d"
        r"|◆(?:[はがも])?(?:され|して|し|でき)?(?:て|で)?(?:い)?(?:なさそう|なさげ|おらず)|◆(?:[はがも])?(?:され|し|くれ|もらえ|得られ)ず(?!っ)"
        r"|◆(?:は|も)?(?:不要|いらな|要らな)"  # 「承認されてなさそう」「仮払いはされておらず」「許可は不要だった」
        r"|\b(?:hardly|scarcely|far from)\s+◆|◆\s+is a (?:strong|big) word|◆[^◆◇]{0,20}?(?<!no )(?<!not )(?<!you )\b(?:jk|j/k|just kidding|kidding)\b"
        r"|◆[^◆◇。]{0,14}?(?:取り消|取消|キャンセル|撤回|無効に)(?!不可|でき|不能|料)"  # 「承認されたけど取り消された」: taken back
        r"|◆[^◆◇.;]{0,30}?\b(?:(?:cancel+ed|withdrew|revoked|refunded|pulled) (?:it|the (?:escrow|payment|funds?|funding|deposit"
        r"|approval|request|contract))|(?:was|got|been|has been) (?:cancel+ed|withdrawn|revoked|refunded|pulled))\b"
        r"|◆[はがも]?まだ(?!さん|さま|様|氏|くん|ちゃん)|◆\s*[:：=]\s*まだ|◆[^◆◇、。]{0,4}?前(?:に|から|で|の|です|$)|◆(?:は|も|が)?(?:せず|されず|おりず|下りず|もらえず|ならず|に至らず)|◆(?:は|も|が)?未(?:提出|確認|完了|登録|実施)|◆\s*[:：=]\s*(?:not yet|not done|no\b|none|pending)|\bbefore\b(?!\s+(?:we|i|they|he|she|you)\s+◆)(?:\W+\w+){0,4}?\W+◆"
        r"|(?:まだ|未だ|全然|ぜんぜん|一度も|1度も)[はもが]?[^◆。]{0,3}◆"
        r"|\b(?:nobody|no one)\s+(?:has\s+|had\s+|ever\s+)?◆|\b(?:not|no(?! (?:problems?|worries|worry|issues?|doubt)\b)|never|without|neither|nor|none)\b(?:[\s,;:'\-]+\w+){0,3}?[\s,;:'\-]+◆|n't\b(?:[\s,;:'\-]+\w+){0,3}?[\s,;:'\-]+◆"
        r"|(?:\bnot|n't)\s+(?:see|think|believe|find|recall|remember)\b(?:(?!\bsince\b|\bbecause\b|\bas\b|\bso\b)[^◆.;!?,]){0,40}?◆"  # "I do not see that … ◆"
        r"|◆\s+(?:(?:is|was|has|have|had|are|were|been)\s+)*(?:not|never)\b"
        r"|◆\s*(?:isn't|wasn't|hasn't|haven't|aren't|weren't|didn't|doesn't)\b"),
    "question": (
        r"[?？]\s*$|ですか(?!うと)|ますか|でしょうか|って何|ってなに|ってなん|とは何|どういう|どうやって|なぜ(?!か)|(?:^|[、。\s])なんで(?!す|か)"
        r"|^(?:is|are|do|does|did|can|could|should|how|what|why|where|which|who)\b"),
    "conditional": (
        rf"{_NEAR}(?:たら|れば|なら(?!ない|ず)|次第|場合|としたら)"
        r"|\b(?:if|(?<!at )once|as soon as|unless|provided|in case|assuming|when it'?s|when it is|when it gets)\b|◆ら(?![いれ])"),
    "future": (
        r"予定|つもり|これから|あとで|後で|後ほど|のちほど|明日|あした|明後日|来週|再来週|今週中|今週末|週明け|来月"
        r"|[月火水木金土日]曜|今日中|本日中|近日|近々|そのうち|もうすぐ|次回|約束"
        r"|\b(?:almost|nearly|not quite) (?:signed|funded|approved|contracted|hired|escrowed|through)\b|\b(?:almost|nearly|not quite)\s+◆"
        rf"|{_NEAR}{_NOT_HEDGE}(?:する|します|しよう|しましょう|される|されます|くれる|くれます|もらえる|もらえます|もらう|もらいます"
        r"|いたします|したい|されたい|(?<!み)たい(?:と|って|です|$))(?![たてで])"
        r"|◆(?:を|の|が)?(?:お願い|依頼|求め|待ち|待っ|必要|欲し|ほし)|◆(?:の|を|が)?(?:連絡|通知|メール|返事|返信|結果)(?:待ち|待っ|まち|を待)"
        r"|◆[^◆◇、。]{0,6}?(?:のを待|まで待)|◆(?:の|を|が|は)?(?:待機中|確認中|途中|処理中|手続き中)|◆[^◆◇。]{0,20}?(?:反映待ち|反映まだ)|◆(?:の)?(?:通知|連絡)(?:は|が)?まだ"
        r"|\b(?:tmrw|tmr|tmrow|eod|till|in process|in progress|processing|pending)\b|\bto be (?:funded|escrowed|approved|signed|deposited|made)\b|(?:^\s*|\b(?:is|are|was|has|have|yet|needs?|still|request|application|it)\s+)to be\s+◆"
        r"|◆(?:は|の|を)?(?:お願い|依頼|催促|打診|申し込み|申込|送付)(?:は|も)?(?:済|ずみ|しました|した)"
        r"|(?:お願い|依頼|催促|打診|送付|申し込み|申込)(?:は|も)?◆|◆(?:され|し|り|が決まり|が成立し|成立し|決まり|になり)?そう(?:です|だ|$)|◆(?:を結ぶ|ぶ|する|を締結する|を交わす|える)?(?:ことになり|ことになっ|流れ)|◆(?:って|と)(?:出る|表示される|なる)のを待|◆(?:締結)?に向けて"
        rf"|\b(?:will|shall|going to|gonna|plan(?:s|ned|ning)? to|promised?|promises|tomorrow|tonight"
        rf"|next (?:week|month|time|{_WEEKDAYS})|later|soon|about to|yet to|intends? to"
        r"|expects? to|wants? to|would|after (?:i|we|they|the|our|signing|agreeing)|needs? to|has to|have to|must"
        r"|to get|waiting for|wait for|until)\b|'ll\b|'d\b"),
    "hearsay": (
        rf"{_NEARISH}(?:(?:と|って)[^◆◇、。]{{0,10}}?(?:言|い)(?:って|われ|う|います|いました|ってた|ってる|ってました)"
        r"|とのこと|と聞|って聞|(?:と|って)(?:の)?(?:連絡|メッセージ|返事|返信)(?:が|を)?(?:来|き|あり|もら)"
        r"|(?:と|って)(?:(?!クラウドワークス|運営|事務局|ランサーズ|cw)[^◆◇。]){0,14}?(?:から|より)(?:の)?(?:連絡|メッセージ|返事|返信|報告|メール)"
        r"|らしい|(?:る|た|だ)そう(?:です|だ|で|$)|と主張|」と(?!(?:の)?(?:通知|表示|出て|書いて|なって|ステータス))|って$|と(?:書|か)いて)|から聞|によると"
        r"|\b(?:client|they|he|she|someone|somebody|buyer)\b[^◆]{0,30}?\b(?:says?|said|told|tells|claims?"
        r"|claimed|insists?|insisted|assured|mentioned)\b|\b(?:apparently|supposedly|allegedly|reportedly)\b"
        r"|according to|(?:^|\W)claim(?:s|ed)? (?:to be|that)\b|\bi (?:was|got|have been) told\b|(?:^|[^a-z])(?:was|been|got) told\b(?! (?:via|by|in|through) (?:cw|crowdworks|the platform|(?:a |the )?notification|(?:the )?support|the app|the site))|\bi heard\b|\bthey say\b"
        # the client's words, relayed: 「先方いわく」「クライアントから「…」」, "client messaged that …", "client's words"
        r"|◆そう(?:です|だ|で|$)|(?:いわく|曰く|によれば|によると)[^◆◇。]{0,10}?◆|(?:くらいあんと|先方|相手|client)(?:さん|様)?(?:から|より)(?:の)?"
        r"(?:連絡|メッセージ|返信|返事)?[:：]?\s*「[^」◆]*◆|◆[^◆◇」]*」\s*(?:と|って)(?:の)?(?:メッセージ|連絡|返事|返信|メール|こと)"
        r"|\b(?:client|they|he|she|someone|somebody|buyer)\b[^◆]{0,30}?\b(?:informed|messaged|texted|wrote|writes"
        r"|let me know|lets me know|swears?|swore|confirmed|reported|replied|emailed|dm'?d|promised)\b"
        r"|◆[^◆]{0,40}?\b(?:client|he|she|they|buyer)(?:'s)?\s+(?:says?|said|told|claims?|claimed|words|swears?)\b"
        r"|って(?:先方|クライアント|相手)|って話|(?:クライアント|先方)談|\b(?:as )?per (?:the )?(?:client|him|her|them)\b"
        r"|\bclient informed\b|\bfrom (?:the )?client(?:'s)? side\b"
        r"|◆[^◆◇]{0,30}?\b(?:on|in) (?:the |his |her |their )client'?s screenshot|(?:he|she|they|the client|client) sent (?:me )?(?:a |the )?screenshot"
        r" (?:showing|that shows|saying|of)\b[^◆◇]{0,20}?◆"
        r"|◆み?の(?:スクショ|スクリーンショット|画面写真)(?:が|を)?(?:送られ|届|来|もら)"
        r"|\b(?:client|he|she|they)\s*:\s*[\"“'‘]|\bi'?m told\b|\bi am told\b|\bi'?ve been told\b|\b(?:client|his|her|their)'?s? words\b"),
    # something else approved than the request: 「提案が承認された」, "my delivery was approved"
    "other_approval": (r"(?:提案|契約|納品|検収|本人確認|マイルストーン|仮払い|応募|作品|記事|原稿|成果物|募集|掲載|案件|依頼|申込)(?:が|は|も)?◆"
                       r"|\b(?:work|delivery|milestone|job|posting|proposal|application|id|identity|verification|draft|article"
                       r"|design|submission|bid)\s+(?:was |got |has been |is |were )?◆|◆[^◆◇.。]{0,12}?\bnot the request\b"
                       r"|◆[^◆◇。]{0,8}?[（(]\s*(?:提案|契約|納品|検収|本人確認|応募|作品|記事|原稿|成果物|案件)(?:が|は|の)?"),
    # approved by the client, not by CrowdWorks: 「クライアントが承認してくれました」, "the client approved it"
    # or by the person themselves: 「私が承認しました」, "I approved it"
    "by_client": (r"(?:クライアント|先方|相手|依頼者|発注者|依頼主)(?:さん|様)?(?:の方|のほう|側)?(?:が|から|で)(?:も|は)?(?:[^◆◇。、]{0,10}?を)?◆(?!され|を?(?:知|聞|伝))"
                  r"|(?:クライアント|先方|相手|依頼者|発注者|依頼主)(?:さん|様)?(?:は|も)(?:[^◆◇。、]{0,10}?を)?◆(?:して(?:くれ|もら)|しまし|した(?!こと|の)"
                  r"|(?:です|でした)?\s*(?:[。！!]|$))"
                  r"|(?:私|わたし|自分|僕|俺)(?:が|の方で|のほうで|から)(?:は)?◆"
                  r"|◆[^◆◇。]{0,6}?(?:クライアント|先方|相手)(?:さん|様)?(?:から|より)"
                  r"|\b(?:the client|client|he|she|buyer|employer|requester)\s+(?:has\s+|had\s+|already\s+|just\s+)?◆"
                  r"|◆\s*[-–—(]?\s*(?:by|from) (?:the )?(?:client|him|her|employer|buyer|requester)\b|◆\s*[-–—(]?\s*by me\b"
                  r"|\b(?:client|he|she|employer|buyer)\s+(?:has\s+|had\s+)?(?:gave|given|sent)\s+(?:me\s+|us\s+)?(?:the\s+|a\s+"
                  r"|his\s+|her\s+|their\s+)?◆"
                  r"|(?:ok|okay|approval|green light|go-ahead|permission) from (?:the )?(?:client|him)\b|\bclient side\b"),
    # about another job than the one asked about: 「時間単価は別の案件です」
    "elsewhere": (r"◆[^◆◇、。]{0,4}?(?:は|が|も)?(?:別の|他の|ほかの|前の)(?:案件|仕事|お仕事|クライアント|プロジェクト)"
                  r"|◆[^◆◇.,]{0,20}?\b(?:another|a different|the other|my other) (?:job|project|client|gig)\b"
                  r"|◆[^◆◇]{0,12}?\b(?:for|on|with|in) (?:my |the |a )?(?:last|previous|earlier|old|other|first|former)"
                  r" (?:job|project|client|gig|contract|one)\b|◆[^◆◇]{0,30}?\bnot (?:for |on |with )?this (?:one|job|project"
                  r"|client|gig|time)\b|◆[^◆◇。]{0,12}?(?:前回|以前|前|別)の?(?:案件|仕事|お仕事|クライアント|契約)(?:の話|で|の時|のです|だった)"
                  r"|(?:前回|以前|前|別|他|ほか)の?(?:案件|仕事|お仕事|クライアント|契約)(?:では|で|の時は|のときは|は)[^◆◇。]{0,10}?◆"
                  r"|(?:^|[、。\s]|は|で)(?:前に|以前に|以前(?!から)|前回|過去に|昔(?!から))[^◆◇。、]{0,6}?◆"
                  # what the person said before and now takes back: 「さっき仮払い済み言うたけど」
                  r"|(?:さっき|先ほど|さきほど)[^◆◇。]{0,6}?◆[^◆◇。]{0,8}?(?:言った|言うた|言いました|書いた|書きました|言っちゃった)(?:けど|が|けれど)"
                  r"(?![^。]{0,8}(?:間違いな|間違いありませ|合って|その通り|正しい))"
                  r"|\b(?:for|on|with|in) (?:my |the |a )?(?:last|previous|earlier|old|other|former) (?:job|project|client"
                  r"|gig|contract)\b[^◆◇]{0,20}?◆"),
    "hedge": (
        # "basically hired", 「実質契約済み」: nearly, in effect, not quite (checked, not read either way)
        r"\b(?:semi|virtually|practically|basically|more or less)[- ]?◆|◆[^◆◇]{0,10}?\bin principle\b"
        r"|(?:ほぼ|実質|事実上)(?:的に)?◆|◆[^◆◇、。]{0,4}?も同然|"
        rf"たぶん|多分|おそらく|恐らく|(?<![わあ])(?<!は)(?<!が)たしか(?!に|め|な|も(?!う))|(?<!は)(?<!が)(?<!の)(?<!で)確か(?!に|め|な)|\b(?:probs|prolly|iirc)\b|{_NEARISH}(?:思う|思います|思って|はず|かも|みたい|っぽい|気がする|気がします|気がして|ような気|ようです"
        r"|だろう|でしょう(?!か)|でしょ$|わからな|分からな|わかりません|分かりません|かな|ような$|ような(?:感じ|気)|と信じ|であってほしい"
        r"|[?？]\s*[)）]|🤔|🤞|か不安|といいな|といいけど|べ$|\bprobs\b|\bkinda\b|-ish\b|\bprolly\b|\blooks\b|\bseems?\b"
        r"|てほしい|ていてほしい|だったはず|(?<!お)っけ(?![ーい]))|十中八九|恐らく"
        r"|\b(?:i think|i guess|i believe|i suppose|probably|maybe|perhaps|should be|might|may be|likely"
        r"|not sure|pretty sure|kind of|sort of|meant to|supposed to|assumed?|reckon|i'd imagine|imagine|i hope|hopefully"
        r"|surely|i doubt|doubt it|under the impression|as far as i know|afaik|i'd say|presumably|should have|should've|ought to|whether"
        r"|(?:cannot|can'?t|unable to|not able to) (?:confirm|verify|tell|say|be sure))\b"),
}
# Whether it was done, not that it was (「承認されたか確認してない」「仮払い済みかどうか見てない」): read as a hedge, before any
# other way of saying it.
WHETHER = (r"◆(?:[^◆◇、。か]{0,8}?(?:た|る|だ|み|中|す|の))?"
           r"か(?:どうか|否か)?(?=[はもをがの、,\s◇]|確認|かくにん|見|み|知|わか|分か|不明|聞|調|ちぇ|教|忘|$)"
           r"|◆[^◆◇、。]{0,12}?かどうか")
# A clause that states nothing itself but hedges or relays the rest of its sentence ("yes, I think";
# 「済んでます、とクライアントは言ってます」): the sentence's statements are read as hedged.
ASIDE = (r"」\s*(?:と|って)(?:の)?(?:メッセージ|連絡|返事|返信|メール|こと)|^[\s(（\-—–・,.:：]*(?:と|って)(?!(?:の)?(?:表示|出て|書いて|なって|ステータス))[^。]{0,12}?(?:言|い|思|聞)|^(?:の)?(?:はず|たぶん|多分|おそらく|きっと|かも|と思う|気がする|みたい|っぽい)(?:です|だ|だけど|けど|ですが|だと思う)?[、,.\s]*$"
         r"|^[\s(（\-—–・,.:：]*(?:and |but |or |so |, )?(?:i think|i guess|i believe|i suppose|probably|maybe|perhaps|apparently|supposedly"
         r"|i'?d imagine|i imagine|i hope|i reckon|i assume|hopefully|presumably|i'?d say|as far as i know|afaik"
         r"|allegedly|(?:or so )?(?:as of \w+ )?(?:they|he|she|the client|client) (?:say|says|said|told me|claims?|claimed|wrote)"
         r"|(?:as )?per (?:the )?(?:client|him|her|them)|according to (?:the )?(?:client|him|her|them)"
         r"|(?:oh,? |sorry,? |wait,? |no,? )*(?:that'?s|it'?s|it was|that was) (?:for )?(?:the|my) (?:other|old|previous|last|earlier) (?:job|contract|project|one|client)"
         r"|(?:it )?(?:will|'ll) (?:show|appear|reflect|go through|clear)|(?:well,? )?(?:not really|not quite|almost)\b"
         r"|(?:but )?(?:it was |was |got )?(?:denied|rejected|refused|declined|sent back)\b"
         r"|^[^。]{0,6}?(?:別|他|ほか|前|前回|以前)の(?:案件|仕事|お仕事|契約)(?:です|でした|で|の話です?|のことです?|のこと)\s*[。！!]?$"
         r"|^[^。]{0,4}?(?:承認待ち|審査中|差し戻(?!し?(?:は|も)?(?:なし|無し|ない|なく))|却下)|^[^。]{0,6}?(?:反映待ち|反映まだ|反映され(?:て)?(?:い)?な)"
         r"|according to (?:them|him|her|the client)|i was told|i heard)(?: so| it is| it was| it has| it did| they did| he did| she did)?\W*$"
         r"|^[\s(（\-—–・,.:：]*(?:or |so )?(?:at least )?(?:that'?s|thats|this is) what (?:they|he|she|the client|client) (?:says?|said|told me|claims?)\b"
         r"|^[\s(（\-—–・,.:：]*(?:the )?(?:client|his|her|their)'?s? words\b"
         r"|^[\s(（\-—–・,.:：]*(?:or|well)\W+(?:at least\W+)?(?:(?:he|she|they|the client|client)\s+)?(?:said|says|say|promised|claims?|claimed)\b")
# Words that end in ない without negating anything said before them.
NOT_NEGATION = r"すみませ|すいませ|申し訳(?:ござい|あり)?ませ|しょうがな|しょーがな|(?<=[いきしちにびみりぎじ])たくな|たくありませ|問題な|心配な|間違いな|もったいな|少な|仕方な|しかたな|危な|あぶな|つまらな|くだらな|わからな|分からな|知らな"

# A statement of a completed fact, said in another way, is read as the less safe value given here (ASK: ask
# again, DROP: not a statement of it). Values not listed are already the least safe and stay as they are; a
# question ("…済んでますか？") never states anything. As another question's fact (not the answer to the question
# asked), a conditional states nothing, and "unsure" is no fact.
_NOT_DONE_ESCROW = {"elsewhere": ASK, "negated": "not_yet", "conditional": "promised", "future": "promised",
                    "hearsay": "unsure", "hedge": "unsure"}
LESS_SAFE: dict[tuple[str, str], dict[str, str]] = {
    ("escrow", "all"): _NOT_DONE_ESCROW,
    ("escrow", "current_milestone"): _NOT_DONE_ESCROW,
    ("contract", "contracted"): {"elsewhere": ASK, "negated": "negotiating", "conditional": "negotiating", "future": "negotiating",
                                 "hearsay": ASK, "hedge": ASK},
    ("contact_request", "approved"): {"other_approval": ASK, "by_client": "unsure", "elsewhere": ASK, "negated": ASK, "conditional": ASK, "future": ASK, "hearsay": "unsure",
                                      "hedge": "unsure"},
    ("contact_request", "pending"): {"negated": "not_applied", "conditional": ASK, "future": "not_applied",
                                     "hearsay": "unsure", "hedge": "unsure"},
    ("contact_request", "refused"): {"negated": ASK, "conditional": ASK, "future": ASK},
    ("lancers_contact_request", "done"): {"elsewhere": ASK, "negated": "not_yet", "conditional": "not_yet", "future": "not_yet",
                                          "hearsay": "unsure", "hedge": "unsure"},
    # client: "-verified" (no identity check) and "+history" (ratings or an order history) are combined in
    # flows/parse.py into verified / history_only / new_account
    ("client", "verified"): {"negated": "-verified", "conditional": ASK, "future": ASK, "hearsay": "unsure",
                             "hedge": "unsure"},
    ("client", "+history"): {"negated": "new_account"},
    # a task or competition job is escrowed before it is published: only a plain statement of one counts
    ("job_format", "task"): {"negated": DROP, "elsewhere": DROP, "hedge": "unsure", "hearsay": "unsure"},
    ("job_format", "competition"): {"negated": DROP, "elsewhere": DROP, "hedge": "unsure", "hearsay": "unsure"},
    ("job_format", "fixed_single"): {"negated": DROP, "elsewhere": DROP},
    ("job_format", "fixed_milestone"): {"negated": DROP, "elsewhere": DROP},
    ("job_format", "hourly"): {"negated": DROP, "elsewhere": DROP},
    ("platform", "crowdworks"): {"negated": DROP, "elsewhere": DROP},
    ("platform", "lancers"): {"negated": DROP, "elsewhere": DROP},
    ("platform", "coconala"): {"negated": DROP, "elsewhere": DROP},
}

# Two values of one answer that are one step after the other: the later one, said plainly and last, is the answer
# ("she filed it and it was approved"; "not yet, he promised Monday"; "the first milestone only, not the rest").
PROGRESSION: dict[str, dict[str, tuple[str, ...]]] = {
    "contact_request": {"approved": ("pending", "refused"), "refused": ("pending",)},  # refused, filed again, approved
    "contract": {"contracted": ("negotiating",)},
    "escrow": {"promised": ("not_yet",), "current_milestone": ("not_yet",)},
}

# Each answer's values from the least safe to the safest: when one message states two, the less safe is read.
SAFETY: dict[str, tuple[str, ...]] = {
    "escrow": ("not_yet", "promised", "unsure", "current_milestone", "all"),
    "contract": ("negotiating", "contracted"),
    "contact_request": ("refused", "not_applied", "unsure", "pending", "approved"),
    "client": ("new_account", "unsure", "history_only", "verified"),
    "lancers_contact_request": ("not_yet", "unsure", "done"),
}

# ---- facts: statements of an answer that count anywhere in a message ----


class Fact(NamedTuple):
    question: str
    value: str      # an option value, ASK (the text says something unclear about it), or a client part
    pattern: str
    priority: int = 1  # when one message matches several rows of a question, the highest priority wins


_K = r"(?:仮払い|仮払|かりばらい|仮払金|エスクロー|\bkari-?barai\b)"         # the escrow
_S = r"(?:サービス外連絡申請|外部連絡申請|連絡申請|連絡先(?:の|交換の)?申請|申請)"  # the off-platform contact request
# after 承認: a request for it, a need for it, or waiting for it is no approval
_NOT_YET_GIVEN = (r"待ち|まち|申請|されそう|(?:って|と)(?:出る|表示される|なる)のを待|(?:の)?(?:連絡|通知|メール|返事|返信|結果)(?:を|が)?(?:待|まち)|され(?:な|ませ|ず)|(?:が)?(?:おり|下り|もらえ)(?:ず|な|ませ)|ならず|に至らず|せず|(?:は|が|の)?(?:まだ|未)"
                  r"|(?:の)?(?:通知|連絡|メール)(?:は|が)?(?:まだ|来て(?:い)?な)|\s*[(（]\s*未|\s*[:：]\s*(?:まだ|未|×|✕|なし|無)|を(?:お願い|依頼|求め|申請|待|取る|取ら|得る|もらう|もらえ)|の(?:お願い|依頼|申請|待ち)"
                  r"|が(?:必要|いる|要る|欲し|ほし)|必要|前|して(?:ほし|欲し|ください|もらう|もらえ)")
_PART = (r"(?:1つ目|一つ目|ひとつ目|1個目|最初|初回|第1|第一|1回目|今|現在|今回)の?(?:マイルストーン|ms)"
         r"|マイルストーン(?:1|一)(?:つ目|個目|回目)?|\b(?:first|current|1st|this|initial) milestone|milestone (?:1|one)\b")

FACTS: tuple[Fact, ...] = (
    # platform
    Fact("platform", ASK, r"\b(?:wants?|prefers?)\s+(?:to (?:use|move to|go to|switch to|do it on) )?(?:crowdworks|lancers|coconala)\b",
         priority=2),  # "found it on Coconala but the client wants Lancers"
    Fact("platform", "crowdworks", r"クラウドワークス|crowd ?works|クラワク|(?<![a-z0-9])cw(?![a-z0-9])"),
    Fact("platform", "lancers", r"ランサーズ|\blancers?\b"),
    Fact("platform", "coconala", r"ココナラ|\bcoconala\b"),
    # contract
    Fact("contract", "negotiating",
         r"契約(?:前|の前|する前|を結ぶ前)|契約(?:は|も)?まだ|未契約|(?<!コンペに)応募|相談中|交渉中|面談|選考"
         r"|提案(?:を)?(?:送っ|出し|中|した|しました)|見積(?:もり)?(?:を)?(?:出し|送っ)|採用前|採用(?:は|が)?まだ"
         r"|(?<!直接)契約(?:したい|する|します|しましょう|しよう)(?![たてで])|契約(?:は|も)?[^、。]{0,6}?(?:予定|つもり)"
         r"|before (?:the )?(?:contract|signing|hiring|being hired|they hire|i'?m hired|i get hired)"
         r"|not (?:yet )?(?:contracted|hired|signed)|still (?:applying|negotiating|talking|discussing|in talks)"
         r"|(?:are|am|'re|'m) not (?:yet )?(?:contract|in contract|under contract)\b|not (?:even )?got a contract"
         r"|(?:haven'?t|have not|don'?t|do not) (?:even )?(?:got|have) a contract(?:\s+(?:yet|signed|with (?:him|her|them|the client)))?"
         r"(?=\s*(?:[.,!?]|$))|no contract yet"
         r"|\bapplied\b|\bapplying\b|\bnegotiating\b|\binterview|\bproposal\b|about to sign"
         r"|(?:will|'ll|going to|'d) (?:sign|hire|send (?:me )?the contract)|send (?:me )?the contract"),
    Fact("contract", "negotiating", r"\b(?:was |been |got )?offered\b|\bthe offer\b(?! (?:was |is |has been )?accepted)|shortlist\w*"
                                    r"|\bverbal(?:ly)?\b|(?:only|just) (?:an |the )?nda\b|秘密保持契約(?:だけ|のみ)|nda(?:だけ|のみ)", priority=2),
    Fact("contract", ASK, r"\bnda\b(?! and the contract)|秘密保持契約", priority=2),  # an NDA is no contract: asked
    Fact("contract", ASK, r"仮契約|採用(?:され)?そう|(?:[0-9]+/[0-9]+|[0-9]+日)(?:に)?契約(?=\s*(?:→|⇒|->))", priority=2),
    Fact("contract", "negotiating", r"(?:採用|契約|採用決定|契約締結)(?:の)?(?:連絡|通知|結果|返事|承諾)?(?:待ち|まち)|\bnot (?:the|a) contract\b", priority=2),
    Fact("contract", "contracted",
         r"契約(?:は|も)(?:もう)?(?:した|しました|済み|済んで|結んだ|結びました)(?![いらくかこほ方])|契約中(?=です|でした|だ|に|と|って|の(?:ステータス|表示)|」|\s*$)|締結(?:しました|した(?![いら])|いたしました|済|して(?:い)?(?:る|ます))|契約(?:済|ずみ|した(?![いら])|しました|して(?:い)?(?:る|ます)|しており|を結|が(?:決ま|成立|済|完了)|成立|締結"
         r"|してもら|が終わ)|契約(?:は|も)?(?:もう)?(?:しと(?:る|ー|お|う|り)|しちょ|してら)|結(?:んだ|びました|んで(?:い)?(?:る|ます))|受注(?:した|しました|済|して)"
         r"|採用(?:され|決定|が決ま|になり|となり|して(?:もら|いただ)|通知|の(?:連絡|通知|お知らせ))|\bcontracted\b|\bhired\b"
         r"|\bsigned\b(?! up| in| on to| into)(?!\s+(?:an?\s+|the\s+|my\s+)?(?:nda|non-disclosure)\b)"
         r"|got the (?:job|contract|gig)|(?:contract|deal) (?:is |was |has been |have been )?(?:duly )?(?:signed|done|made|completed|complete|finished"
         r"|agreed|closed|concluded|finali[sz]ed|executed|in place)|concluded the contract"
         r"|under contract|accepted my (?:proposal|bid|application)|won the (?:job|contract)"
         r"|i accepted (?:his|her|their|the|the client'?s) (?:offer|contract)|(?:contract )?offer (?:was )?accepted"),
    # job format
    Fact("job_format", "fixed_milestone", r"マイルストーン|\bmilestones?\b|分割(?:払い|で)|段階(?:払い|的に|ごと)",
         priority=2),
    Fact("job_format", ASK, r"ぷろじぇくと(?:形式|方式|案件)?(?:でした|です|だった|やった)", priority=2),
    Fact("job_format", "hourly", r"時間単価|時給|時間制|時間契約|タイムカード|\bhourly\b|per hour|by the hour|time ?card"),
    Fact("job_format", "fixed_single", r"固定報酬|一括(?:払い|で|です)?|\bfixed[- ]price|lump sum|one (?:fixed |single )?payment"
                                       r"|single payment|one-off payment"),
    Fact("job_format", "task", r"タスク(?:形式|案件|方式|の案件|の仕事)|\btask(?:-format| format| job)\b|(?<!usually do )(?<!used to do )\btask work\b"
                               r"|\ba task job\b"),
    # a competition job, not a contest the work is about (「社内コンペに出す企画書」, "the client's photo contest")
    Fact("job_format", "competition", r"(?<!社内)(?<!社外)(?<![(（])コンペ(?![)）]|資料|に出す|用)(?:形式|方式|案件|の案件|の仕事|で|に(?:応募|参加|採用)|です|$)?"
                                      r"|\b(?:a |the |this |it'?s a )?(?:competition|contest)(?: format| job| project)\b"
                                      r"|^\W*(?:a )?(?:competition|contest)\W*$|\bcompetition-format\b"
                                      r"|\b(?:entered|joined|in) (?:a |the )?(?:\w+ )?(?:competition|contest) (?:on|in) (?:crowdworks|cw)\b"),
    # escrow: partial first (only one milestone, half, this week's)
    Fact("escrow", "current_milestone",
         rf"(?:{_PART})[^、。]{{0,20}}?(?:{_K}|済|だけ|のみ|escrow|fund|paid|only)|(?:{_K}|済)[^、。]{{0,10}}?(?:{_PART})"
         rf"|only (?:the )?(?:{_PART})|(?:escrow|fund)\w{{0,4}}[^.,]{{0,30}}?(?:{_PART})",
         priority=3),
    Fact("escrow", FIRST_PART, r"(?:最初|今|今回|1回目|初回|1つ目|一つ目)の分(?:だけ|のみ)|(?:最初|今回)(?:だけ|のみ)", priority=3),
    Fact("escrow", ASK,
         rf"(?:半分|一部|半額|一部分)(?:分)?(?:だけ|のみ)?[^、。]{{0,10}}?{_K}|(?:今週|今月)(?:の)?分?(?:だけ|のみ)[^、。]{{0,10}}?{_K}"
         rf"|{_K}[^、。]{{0,10}}?(?:半分|一部|半額)"
         r"|\bhalf\b|\bpartial(?:ly)?\b|\bpart of (?:it|the (?:reward|payment|amount|money|budget))"
         r"|this (?:week|month)'?s (?:escrow|payment|funding)",
         priority=3),
    Fact("escrow", "not_yet",
         rf"{_K}[^、。]{{0,12}}?(?:見たら|確認したら)[^、。]{{0,3}}?(?:まだ|未)"
         rf"|{_K}(?:は|が|も)?(?:まだ|未|前|なし|無し|ない|ありません|待ち|されて(?:い)?(?:ない|ません)"
         rf"|して(?:もらって)?(?:い)?(?:ない|ません)|入って(?:い)?(?:ない|ません))|未{_K}|{_K}の前|{_K}より前"
         r"|before (?:the )?escrow|\bno escrow|(?:escrow|funding)\W{0,3}(?:is |still |status:? )?pending|pending (?:escrow|funding)"
         r"|awaiting (?:escrow|funding|the escrow)|not (?:yet )?(?:escrowed|funded)|\bunfunded\b"
         r"|escrow (?:is |has |was )?(?:not|n't)\b|escrow (?:isn't|hasn't|wasn't)\b"),
    Fact("escrow", "promised",
         rf"{_K}(?:を|は|も)?[^、。]{{0,6}}?{_NOT_HEDGE}(?:(?:する|します|やる|やります|行う|行います|入れる|入れます|して(?:くれる"
         r"|もらえる|もらう)|したい)(?![たてで])|の予定|予定|約束|つもり)"
         rf"|{_K}(?:は|を)?(?:納品後|作業後|後で|あとで|後払い|終わってから|作業が終わってから)|{_K}(?:は|を)(?:完了後|終了後)"
         r"|(?:will|'ll|going to|gonna|promised to|promise to|plan(?:s|ning)? to|about to|'d|would)\s+(?:\w+\s+){0,2}?"
         r"(?:escrow|fund|deposit|pay it|put it in|put the (?:money|reward|payment) in)|\bpromised\b"),
    # part of the reward only: the current milestone when the job has milestones, else unclear
    Fact("escrow", FIRST_PART, r"(?:回|件|万円|円)(?:中|のうち)[^。、]{0,10}?(?:だけ|のみ)|一部(?:だけ|のみ)?(?:仮払|済|入)|半分(?:だけ|のみ)?"
                               r"|\b(?:partly|partially|part|half)[- ]?(?:funded|escrowed|paid|in escrow)|only (?:\d+ ?%|half|part)\b"
                               r"|\b\d+ ?% (?:in escrow|funded|escrowed)|\b(?:paid|funded|escrowed|put) (?:like |about )?\d+ ?%"
                               r"|\bfirst (?:one|part|half)\b|only (?:for )?this week|\bdeposit only\b|\b(?:a|the) deposit\b"
                               rf"|(?:ほぼ|ほとんど|殆ど)(?:は|が|も)?{_K}(?!い?(?:直後|のあと|の後|後))|^[\s、。,.!?！？]*(?:ほぼ|ほとんど|だいたい|大体)(?:は)?済|(?<![0-9])(?:[1-9]|[一二三四五六七八九])割(?:くらい|ぐらい|程度)?(?:は|が|も)?(?:{_K}|入金)"
                               r"|最初の[^、。]{0,8}?分(?:だけ|のみ)(?:が|を)?(?:入|仮払|預)|金額が足りない(?:です|んです|みたい|よう)?\s*[。！!]?$"
                               r"|only (?:the )?first (?:milestone|payment|part|half|installment|stage)\b|only part\b|(?<!not a )(?<!not )\b(?:token|partial) amount\b|(?<!not a )(?<!not )\b(?:small|token|partial) deposit\b"
                               r"|\b(?:escrowed|funded|deposited|put in) (?:only |just )(?:[$¥￥]\d|\d[\d,]* ?(?:yen|円|dollars?|usd|%))"
                               r"|(?<!not the )smaller amount|not (?:the )?(?:full|whole|entire) amount",
         priority=2),
    Fact("lancers_contact_request", "not_yet", r"却下|\brejected\b|\brefused\b|\bdeclined\b"
                                               r"|申請(?:した|しました|済み?)(?:けど|けれど|が|、|ものの)[^。]{0,6}?(?:承認待ち|審査中)",
         priority=2),
    Fact("escrow", "unsure", rf"{_K}(?:って|とは|て)(?:何|なに|なん)|what(?:'s| is)(?: an?)? escrow"),
    Fact("escrow", "all",
         rf"{_K}(?:は|が|も|を)?(?:もう|すでに|既に)?(?:済|ずみ|完了|され|して|しました|した|入って|入金(?!確認(?:待ち|中)|待ち|まだ)|確認(?!中|待ち)|ok|いただ|頂"
         r"|終わって|終わりました|終わった|おわって|おわりました|おわった)"
         r"|(?:報酬|お金|代金)?(?:を)?預けて(?:もら|もろ|いただ|くれ)"
         rf"|(?:{_K}|escrow)\s*(?:is |was |has been |'s )?\s*(?:there|done|finished|complete|completed|ok|sorted)\b"
         r"|\b(?:the )?(?:money|funds?|reward) (?:is|are|'s) (?:there|in)\b"
         rf"|(?:もう|すでに|既に){_K}|\b(?:they|the client|client|he|she)\s+(?:already\s+)?(?:escrow|fund)(?:s|ed)?\b"
         r"|\bescrowed\b|\bfunded\b|\bin escrow\b"
         rf"|(?:{_K}|escrow|payment|deposit)(?:'s| has| is| was)?\s+(?:gone |come )?(?:went|gone|come|came) (?:through|in)"
         rf"|{_K}(?:を|も|は)?(?:入れて|払って)(?:もら|いただ|くれ)(?:って|えて|い)"
         r"|escrow (?:is |was |has been |'s )?(?:done|funded|paid|complete|completed|made|in place|confirmed|set|ready)"
         r"|escrow(?:'s| is| has been| was) in(?=\s*(?:[.!,]|now|already|$))|escrow (?:he|she|they|the client) (?:did|made|paid|funded)"
         r"|(?:paid|deposited|put) (?:it |the money |the reward )?(?:in|into) escrow"),
    # the off-platform contact request (サービス外連絡申請)
    Fact("contact_request", "unsure", rf"{_S}(?:って|とは)(?:何|なに|なん)"),
    Fact("contact_request", "refused",
         rf"却下|不承認|非承認|否認|不許可|審査(?:に)?落ち(?:ました|た(?!ら|かと|と思)|てしまい|ちゃ(?!う))|承認(?:いた)?しかね|承認(?:でき|致し)かね|{_S}[^。]{{0,12}}?(?:通らなかった|通らず|通りませんでした|だめ|ダメ|(?<![a-z])ng(?![a-z])|断られ|拒否)"
         r"|(?:承認|許可)(?:されな(?:かった)|されず|がおりず|がおりなかった|おりず|下りず|もらえず|ならず|に至らず|されませんでした|が(?:おり|下り|出)(?:なかった|ませんでした))"
         r"|(?:request|application)[^.,]{0,20}?(?:rejected|refused|denied|declined|turned down)"
         r"|\b(?:crowdworks|cw|the platform|support)\s+(?:said no|turned (?:it|us|me|the request) down|rejected|refused|denied|declined)\b"
         r"|(?:rejected|refused|denied|declined|turned down) (?:the |our |my )?(?:contact )?(?:request|application)"),
    Fact("contact_request", "not_applied",
         rf"{_S}(?:は|も)?(?:して(?:い)?(?:ない|ません)|しておりません|せず|しない|まだ|しとらん|しとらへん|してへん|しちょらん"
         r"|してねぇ|してねえ|しておらん)|未申請"
         rf"|(?:これから|今から){_S}|{_S}(?:は|を)?[^、。]{{0,10}}?{_NOT_HEDGE}(?:する|しよう|します|して(?:くれる|くれます|もらう|もらえる))"
         r"(?:予定|つもり|と思|(?![たてで]))"
         r"|not (?:yet )?(?:filed|applied)|haven'?t (?:filed|applied)|never (?:filed|applied)|didn'?t (?:file|apply)"
         r"|(?:did not|do not|don'?t|have not) (?:file|apply|submit|do|make) (?:it|that|the request|the application) yet"
         r"|did not (?:file|apply)"
         r"|(?:will|'ll|going to|plan to) (?:file|apply)"),
    Fact("contact_request", "pending", r"(?:まだ|未だ|今も|いまだに)(?:審査中|申請中|(?:審査|承認)?(?:待ち|まち))|still (?:pending|under review|in review)",
         priority=2),
    Fact("contact_request", "pending",
         r"審査中|申請中|(?:審査|結果|承認)(?:待ち|まち)|(?:request|application) (?:is |was )?(?:pending|under review|in review)"
         r"|waiting for crowdworks to review|under review"),
    # filed, with no word of the outcome: read as pending when it answers the question, but no fact in passing
    # (「…申請をしたんですが」 in a first message: the question is still asked, as it may have been refused)
    Fact("contact_request", "pending",
         rf"{_S}(?:を|は)?\s*[:：]?\s*(?:しました|した(?![いら])|済|出し|提出|して(?:い)?ます|してあ|かけ)"
         r"|(?:request|application) (?:is |was )?(?:filed|submitted)|(?:filed|submitted|made|sent) (?:the |a |our )?"
         r"(?:contact )?request", priority=0),
    Fact("contact_request", "approved",
         rf"(?<![不未])承認(?!{_NOT_YET_GIVEN})|許可(?:され(?!な|ませ)|が(?:おり|下り|出)(?!な|ませ)|を(?:もらっ|もらい|いただい"
         r"|いただき|得た|得まし)|済)|許可(?:は|も)(?:もらっ|もらい|いただい|いただき|得た|得まし|おり(?!ず|な|ませ)|下り(?!ず|な|ませ))"
         r"|(?:運営|事務局|クラウドワークス)(?:から|より)(?:の)?(?:ok|おk)|(?:ok|おk)(?:の)?通知(?:が|を)?(?:来|き|あり|届)"
         rf"|{_S}[^。、]{{0,4}}?(?:通っ|通り(?!ません)|通過|おり|下り|ok|おk)"
         rf"|{_S}[^。、]{{0,20}}?(?:通って(?:る|います|ます|いる)|通りました|通った|通っとっ|通っとる|通っとう|通ってた)"
         r"|(?<!proposal )(?<!application )(?<!bid )(?<!proposal got )(?<!proposal was )(?<!application got )"
         r"(?<!application was )(?<!bid got )(?<!bid was )\bapproved\b(?!\s+(?:for|me|my|the (?:job|proposal|application|bid|gig)))"
         r"|got (?:the )?(?:ok|okay|approval|green light|go-ahead)|(?:it|they|crowdworks|cw) (?:already )?approve\b"
         r"|already approve\b"
         r"|(?:request|contact application) (?:was |got |has been )?(?:accepted|granted)"),
    # Lancers' contact disclosure request (連絡先公開申請)
    Fact("lancers_contact_request", "not_yet",
         r"連絡先公開申請(?:は|も)?(?:まだ|して(?:い)?(?:ない|ません)|せず)|contact disclosure[^.,]{0,20}?(?:not|n't|yet)"),
    Fact("lancers_contact_request", "done",
         r"連絡先公開申請(?:は|も|を)?(?:もう)?(?:済|した|しました|して(?:い)?ます|して(?:も)?らい|承認|通|ok)"
         r"|contact disclosure(?: request)?(?:'s| is| was| has been)? (?:done|made|filed|approved|sorted|through|accepted)"
         r"|(?:did|made|filed|done) the contact disclosure"),
    # client: parts combined in flows/parse.py
    Fact("client", "verified",
         r"本人確認(?!書類|の(?:ため|書類)|用|として|未)|本確|身分証(?:の)?確認(?:済|ずみ)|認証(?:バッジ|マーク|済)|認定クライアント|認定|identity verified|id verified"
         r"|\b(?:id|identity)[- ]?checked\b|^\W*verified\b|\bverified (?:with|w/|and|,)|\bverified badge|\bverified\W*$"
         r"|verified (?:client|account|identity|badge|buyer|profile)|(?:client|they|he|she|buyer|account|profile) (?:is|are|was"
         r"|'s|'re|has been|have been) (?:identity[- ]|id[- ])?verified"
         r"|identity (?:check|verification)|\bid (?:check|verification)|(?<!sms )\bverification\b(?! code)"),
    Fact("client", "-verified", r"本人未確認|本人確認未|\bunverified\b|\bno (?:id|identity) (?:check|verification)\b"
                                r"|\b(?:id|identity) not verified\b"),
    Fact("client", "new_account",
         r"新規(?:の)?(?:アカウント|クライアント|登録|さん)|新規で|登録したばかり|できたばかり|作ったばかり|始めたばかり"
         r"|(?:評価|実績|レビュー)(?:は|が|も)?(?:なし|無し|ない|ゼロ|0|まだ)|(?:評価|実績|レビュー)[^、。0-9]{0,4}?(?<![0-9])0件|\bnew account\b|brand new"
         r"|\b(?:no|zero|0) (?:reviews|ratings|history|feedback|jobs)|just (?:joined|registered|signed up|created)"),
    Fact("client", "+history",
         r"(?:評価|レビュー)(?:は|が|も)?(?:高|いい|良|よい|[0-9]|あり|ある|たくさん|多|いっぱい)|高評価|実績(?:は|が|も)?(?:けっこう|結構|かなり|それなりに|ちゃんと|しっかり|そこそこ)?(?:お?あり|ある|多|豊富"
         r"|[1-9]|十分)|(?:評価|実績|レビュー)(?:や|も|は|が|とか)?[^、。]{0,8}?(?:(?:ようけ|ぎょうさん|いっぱい|たくさん|沢山|少し"
         r"|ちょっと|少しだけ)(?:ある|あり|ござい|ついて)|ございます|あります|ある(?!か)|ついて(?![いおへな]|ませ))|発注実績(?![^、。]{0,3}?(?<![0-9])0件)|(?:評価|実績|発注|レビュー|依頼)[^、。0-9]{0,6}?[1-9][0-9]*件|[1-9][0-9]*件(?:の)?(?:評価|実績|発注|レビュー)|数件|星[0-9]|★|[1-9][0-9]*\+\s*(?:jobs|orders|hires)|(?:good|great|high|lots of|many|[1-9][0-9]*\+?)\s*(?:reviews?|ratings?|stars?\b"
         r"|feedback)|[0-9](?:\.[0-9])?\s*(?:stars?|rating)\b|jobs posted|(?:order|hiring|job) history|track record"
         r"|has (?:reviews|ratings|history)|(?:reviews?|ratings?) (?:are |is )?(?:good|great|high)|\breviews\b|\bhistory\b"
         r"|\bratings\b"),
    Fact("client", "unsure", r"見て(?:い)?なかった|見てない|確認して(?:い)?ない|didn'?t check|haven'?t checked"),
)

# ---- warning signs: anywhere in a message ----

_TOOL = r"(?:チャットワーク|チャワ|チャトワ|ちゃっとわーく|chatwork|\bline\b|(?<!オン)(?<!ガイド)(?<!デッド)(?<!タイム)ライン(?!ナップ|マーカー)|slack|スラック|discord|zoom|skype|teams|whatsapp|telegram|外部ツール|外部)"
_CONTACT_AFTER_TOOL = r"(?:の)?(?:id|交換|を交換|を教|教え|追加|アカウント|番号|を聞)"

SIGNS: tuple[tuple[str, str], ...] = (
    ("direct_deal",
     r"直接(?:契約|取引|依頼|発注|お願い|のお取引|やり取りで契約|支払|振込|振り込|払|お仕事|仕事を|受注|やり取りしよう|やりとりしよう)"
     r"|直取引|直契約|(?:今後|次(?:回)?から|これから)は?直接"
     r"|手数料(?:を|が|も)?(?:節約|浮か|かからな|なし|無し|取られな|払わな|もったいな|抑え|避け|省|引かれな|無く|なく)(?!で(?:使え|利用))"
     r"|(?:サイト|クラウドワークス|ランサーズ|ココナラ|プラットフォーム|cw|運営)(?:外|を通さず|を通さない|を介さず|を介さない|通さず"
     r"|通さない)(?:に)?(?:で|の)?(?:契約|支払|払|取引|やり|振込|お願い|直接)|手数料[^。]{0,15}?(?:外で|直接|個人的に)"
     r"|個人的に(?:契約|依頼|お願い|取引)"
     r"|\bdirect (?:deal|contract|payment|work|transaction)|(?:contract|work|deal|pay(?:ing)?|hire)(?: me| you| us)? directly"
     r"|outside (?:of )?(?:the )?(?:platform|site|crowdworks|lancers|coconala)|(?:go|get|work) around (?:the )?(?:platform"
     r"|crowdworks|site|fees?)|off[- ]platform (?:payment|contract|deal)"
     r"|(?:avoid|skip|save|dodge|cut|bypass|save on|get around)(?: on)?(?: the| their| our)? (?:platform |site |crowdworks "
     r"|lancers |service |system )?fees?"
     r"|(?:pay|paid|payment|paying)[^.]{0,20}?(?:paypal|bank transfer|wise|venmo|western union)"
     r"|(?:refund|send|pay|transfer)\w*[^.]{0,20}?(?:to|via|into) (?:his|her|their) paypal|(?<!funded escrow )(?<!funded the escrow )(?<!escrowed )(?:do|use|via|by|through|with) (?:a )?(?:bank transfer|paypal)"
     r"|(?:transfer|payment|pay|paid) (?:\w+ )?directly"
     r"|銀行振込で(?![^。]{0,6}?(?:仮払|かりばらい)(?:い)?(?:を)?(?:して(?:もら|くれ|いただ)|した|しました|され|済)(?!こと|分|額|ように|たら|ら|た分|た額))|振込で(?:払|支払|お願い)"
     r"|without the (?:platform |site |crowdworks )?fees?|bypass (?:the )?(?:platform|crowdworks)"
     r"|(?:work|deal) with (?:me|them|us|him|her) directly|deal direct\b|without (?:cw|crowdworks|lancers)\b|pay (?:me |you )?direct\b"
     r"|paypay|ペイペイ|alipay|wechat ?pay|(?:payment|pay|paid) off (?:the )?(?:platform|site)"
     r"|(?:rather than|instead of) (?:going )?through (?:cw|crowdworks|lancers|the platform)|between ourselves"
     r"|(?:報酬|お金|代金)(?:を|は)?[^。]{0,12}?(?:手渡し|直で|直接)"
     r"|cut(?:ting)? out the middle ?man|invoice (?:him|her|them|me|you) directly|straight into (?:my|your) (?:bank|account)"
     r"|(?:send|pay|transfer)\w{0,6}[^.]{0,30}?(?:to )?(?:your|my) bank (?:account )?directly|(?:pay|paid|bank)\w{0,6}[^.]{0,30}?off[- ]platform"
     # the fee avoided, the platform left out, paid another way (a fifth review)
     r"|(?:システム)?利用料[^。]{0,10}?(?:払いたくな|取られたくな|もったいな|かからな)|手数料[^。]{0,10}?もったいな"
     r"|(?:外|外部|サイト外)で(?:の)?(?:契約|取引|支払|払)|直接(?:やろう|やりましょう)(?!.{0,6}(?:やり取り|やりとり|連絡|話))"
     r"|(?:アマギフ|アマゾンギフト|amazonギフト|ギフト券|ギフトカード|仮想通貨|暗号資産|ビットコイン)(?:で|による|にて)(?:の)?(?:払|支払|お支払|報酬|振込)"
     r"|(?:報酬|お金|代金|支払い?)(?:は|を)?(?:アマギフ|アマゾンギフト|amazonギフト|ギフト券|ギフトカード|仮想通貨|暗号資産|ビットコイン)"
     r"|(?:pay|paid|paying|payment)\w{0,3} (?:me |you )?(?:in|with|by|via|through) (?:\w+ )?(?:gift ?cards?|amazon gift|itunes"
     r"|crypto\w*|bitcoin|usdt)"
     r"|(?:skip|cut out|ditch|bypass|go around)\s+(?:the )?(?:crowdworks|cw|lancers|coconala|platform|site)\b(?! (?:chat|messag))"
     r"|(?:work|deal|contract|pay)\w{0,4} (?:together )?without (?:the )?(?:platform|site)\b|pay (?:me )?(?:the rest|the remainder|the balance) (?:by|via|through|in)\b"
     r"|\b(?:do|sign|make|handle) (?:the |a )?contract (?:on|in|via|through|over) (?:chatwork|line|whatsapp|email|telegram)\b"
     r"|(?:チャットワーク|line|ライン|メール)で契約(?:した|しました|を結)|\bcontracted (?:by|via|over) (?:email|chatwork|line)\b|\bnot on crowdworks\b"
     r"|paypal(?:で|に)|楽天ペイ|payoneer|western union|gcash|paymaya|個人間(?:の)?取引|個人契約|個別に契約|(?:cw|クラウドワークス)抜き"
     r"|(?:cw|クラウドワークス)(?:を)?通さない方が|\bprivately\b|\bby bank after\b"
     r"|(?:次回|次|今後|これ)から(?:は)?(?:サイト|クラウドワークス|cw|ランサーズ)(?:を)?通さず|(?:次回|次|今後|これ)から(?:は)?直で(?:契約|取引|支払|払|依頼|お願いしたい|お仕事)"
     r"|直で(?:契約|取引)(?!先)"
     r"|継続(?:案件|分)?(?:は)?個別に(?:契約|取引|と|って)(?![^。]{0,20}?(?:cw|クラウドワークス|ランサーズ))"
     r"|(?:クラウドワークス|cw|ランサーズ)(?:を)?退会して[、,]?直接|現金書留で(?:払|支払|送金|報酬|お金)|(?:クラウドワークス|cw|サイト)外の口座|報酬[^。]{0,6}?現金書留|\bline ?pay\b|(?:pay|send|transfer)\w* (?:me|you)\b(?:(?!escrow)[^.]){0,20}?revolut(?! card)"
     r"|(?:pay|send|transfer)\w*(?: (?:the )?(?:payment|money|fee))? (?:via|by|through|with|on) revolut"
     r"|send (?:me )?an invoice and (?:i'?ll|i will) pay(?![^.]{0,30}?(?:crowdworks|\bcw\b|escrow|platform|milestone|lancers))"
     r"|(?:チャットワーク|line|ライン)(?:で|上で)(?:契約(?:を結|し(?:よう|ましょう|たい))|支払(?:う|います|いたい)|請求(?:する|します))"
     r"|(?:タイムカード|クラウドワークス|サイト)(?:は|を)?(?:使わ|通さ)ず[^。]{0,20}?(?:振込|振り込|支払|払|請求)"),
    ("move_before_contract",
     rf"(?:契約前|契約の前|契約する前|採用前|応募段階)(?:に|から|なのに|で|だけど|ですが)?[^。→]{{0,20}}?{_TOOL}(?!{_CONTACT_AFTER_TOOL})"
     rf"|{_TOOL}[^。→]{{0,20}}?(?:契約前|契約の前|契約する前|採用前)"
     rf"|before (?:the )?(?:contract|signing|hiring|they hire|being hired|i'?m hired)[^.]{{0,40}}?{_TOOL}"
     r"|(?:move|moving|switch|hop|talk|go)\b[^.]{0,30}?before (?:the )?(?:contract|signing|we sign)"
     rf"|{_TOOL}[^.]{{0,40}}?before (?:the )?(?:contract|signing|hiring|they hire (?:me)?|being hired|i'?m hired)"
     rf"|{_TOOL}[^。]{{0,30}}?(?:まだ契約(?:して(?:い)?(?:ない|ません)|前|しておらず)|応募中|応募段階|選考中)"
     rf"|(?:まだ契約(?:して(?:い)?(?:ない|ません)|前)|応募中|応募段階|選考中)[^。]{{0,40}}?{_TOOL}"
     rf"|(?:still applying|still negotiating|haven\'?t (?:even )?been hired|not hired yet|not even got a contract|still (?:in )?(?:the )?(?:application|proposal) stage)[^.]{{0,60}}?{_TOOL}"),
    ("id_or_bank",
     r"口座|銀行(?!系|業界|の(?:システム|案件|記事|開発)|振込で[^。]{0,6}?(?:仮払|かりばらい))|身分証(?!(?:の)?確認(?:済|ずみ))|免許証|運転免許|マイナンバー|パスポート|保険証|住民票|本人確認書類|キャッシュカード|暗証番号"
     r"|クレジットカード(?!で[^。]{0,6}?(?:仮払|かりばらい|済ませ|支払い済))|個人情報|通帳|振込先(?:の)?(?:口座|確認)"
     r"|bank (?:account|details|info|card|information)|account number|\b(?:id|identity) (?:card|document|photo|copy)"
     r"|copy of (?:my|your) (?:id|passport|licen[cs]e)|\bmy id\b(?! check)|passport|driver'?s licen[cs]e"
     r"|open (?:a|an)(?: new)? (?:bank )?account|social security|my number card|personal (?:info|data|details)"
     r"|(?<!escrow by )(?<!escrow via )(?<!escrow with )(?<!funded by )(?<!paid by )credit card|residence card|zairyu|在留カード|aadhaar|driving licen[cs]e"
     r"|\bid scan|scan of (?:my |your )?(?:id|passport|licen[cs]e)|\bask(?:s|ed|ing)? (?:me )?(?:for )?(?:my )?(?:bank|id)\b"
     r"|振込先(?:を|の|は)?(?:教え|おしえ|聞|知らせ|送)|\biban\b|routing number|sort code|swift code"
     r"|(?:make|open|create|set up|register) (?:a |an )?(?:new )?(?:paypal|wise|payoneer|stripe|bank) account"
     r"|(?:paypal|ペイパル|wise|payoneer|ペイオニア)(?:の)?(?:アカウント|口座)を(?:作|開設|登録)"
     r"|\bsss id\b|\bpan card\b|cancell?ed cheque|\bbvn\b|\bnin\b|\bselfie (?:with|holding) (?:my |your )?id"
     # personal details, identity papers, passwords and one-time codes (a tenth review)
     r"|カード(?:の)?(?:情報|番号|有効期限|名義|セキュリティコード)(?:を|と)?[^。]{0,10}?(?:教えて|送って|ください|くれ|聞かれ)|カード(?:を)?貸して|カードの(?:表と)?裏|(?:有効期限|セキュリティコード|名義と番号)(?:と|や|を)?[^。]{0,10}?(?:教えて|送って)|(?:住所|本名|生年月日|(?<!モデルの)(?<!人物の)顔写真|学生証|社員証|在籍証明|(?:クラウドワークス|cw|ランサーズ|銀行|paypal|アカウント|ログイン"
     r"|メール|gmail|google|apple|line|ライン)(?:の)?パスワード)(?!の?(?:デザイン|入力|フォーム|欄)|入り)(?:と|や|、|・|付き|を|の)?"
     r"[^。]{0,12}?(?:(?:教えて|おしえて|送って)(?:ほしい|欲しい|くださ|下さ|と|って)|聞かれ|送れ|送るよう|提出(?:して|を|しろ|するよう)"
     r"|求め(?:られ|て)|アップロード(?:して|するよう))(?![^。]{0,12}?(?:に頼ん|にお願いし|に伝え|に依頼|とお願いし|と頼ん|と伝え))"
     r"|(?:認証コード|(?<!クーポンの)(?<!クーポン)確認コード|ワンタイム(?:パスワード|コード)?)(?!の仕組み)(?:を)?[^。]{0,8}?(?:(?:教えて|おしえて|送って)(?:ほしい|欲しい|くださ|下さ|と|って)|聞かれ)"
     r"|身元(?:を|の)?(?:証明|確認)(?:として|のため|書類|できるもの)?[^。]{0,12}?(?:(?:送って|提出して|アップロードして|出して)(?:ほしい|欲しい|くださ|下さ|と|って)"
     r"|送れ|するように|しろ|求められ)"
     r"|\b(?:asked|asks|ask) (?:me )?(?:for )?(?:a |the |my )?(?:\w+ )?verification code"
     r"|\b(?:asked|asks|ask|wants?|needs?) (?:me )?(?:for )?(?:my |the |your )?card (?:number|expiry|details|info)|\bcvv\b|\bcvc\b|\bssn\b|\b(?:ask\w*|want\w*|need\w*|request\w*) (?:me )?(?:for )?(?:my |your )(?:\w+ )?(?:password|login|verification code"
     r"|home address|date of birth|full name and|real name and)|verify my identity on (?!crowdworks|cw|the cw|lancers|coconala|the platform|the app|the site)|bank login"),
    ("contact_details",
     r"電話番号(?!の?(?:入力フォーム|入力欄))|携帯番号|(?:line|ライン)\s?(?:の)?(?:id|交換|を交換|を?教|を?おしえ|追加|アカウント|友達|ともだち|を?聞)"
     r"|(?:\bline\b|(?<!オン)(?<!ガイド)(?<!デッド)(?<!タイム)ライン)(?:(?!チャットワーク|chatwork|slack|skype|zoom|discord|teams)[^。]){0,20}?"
     r"(?<![a-z])id(?:を)?(?:教え|おしえ|交換)|(?:\bline\b|(?<!オン)(?<!ガイド)(?<!デッド)(?<!タイム)ライン)(?:の)?(?:id)?(?:だけ|のみ)(?:を)?(?:聞かれ|教えて)"
     r"|メールアドレス|メアド|連絡先(?:を|の)?(?:交換|教|聞)|個人の連絡先"
     r"|phone number|mobile (?:number|no)|cell(?:phone)? number|携帯|\bmy number\b(?! card)|line id|add (?:me|them|him|her|us) on line|line account|\bmy line\b"
     r"|(?:skype|zoom|discord|telegram|whatsapp)(?:の)?(?:id|アカウント)(?:を)?(?:教|聞|交換)|(?<!口座)(?<!暗証)(?<!会員)(?<!証明)番号(?:を)?(?:教え|おしえ)"
     r"|(?:ask\w*|want\w*|need\w*) (?:for )?my phone\b"
     r"|(?:my|your) (?:skype|discord|telegram|chatwork|slack) (?:id|account|handle)"
     r"|(?:ask\w*|want\w*|need\w*|request\w*) (?:me )?(?:for )?(?:my |your )?(?:skype|discord|telegram|chatwork|slack) (?:id|account|handle)|(?:line|ライン)[^。]{0,12}?交換しよう"
     r"|exchange (?:line|contacts?|numbers|phone)|email address|\bmy email\b|personal email|contact (?:details|info)"
     r"|whatsapp number"
     # a contact shared or asked for (moving the talk to another tool is what the conversation is about, not this)
     r"|カカオ(?:トーク)?(?:の)?id|電話したい(?:ので|から)?[^。]{0,4}?番号"
     r"|(?:asked|ask|asks|wants?|needs?) (?:me )?(?:for )?(?:my|your) (?:whatsapp|telegram|mobile|cell)(?: (?:number|no|phone(?! case)|id|handle|account)\b|\s*(?:[.,!?]|$))|(?:gave|sent) (?:me )?(?:his|her|their) line(?:\s+(?:id|account)\b|\s*(?:[.,!?]|$)| and asked)"
     r"|(?:line|ライン)(?:だけ|も|を)?(?:交換|教え)"),
    ("survey_to_line",
     r"(?:アンケート|簡単な作業|簡単なタスク|[0-9]+円の(?:案件|タスク|作業))[^。]{0,30}?(?:line|ライン|別(?:の)?サービス|登録)"
     r"|続きは(?:line|ライン)|(?:line|ライン)(?:に|へ)?(?:登録|で続き)|別(?:の)?サービス(?:への|に|の)?(?:会員)?登録"
     r"|survey[^.]{0,60}?(?:\bline\b|sign ?up|register)|(?:\bline\b|sign ?up|register)[^.]{0,40}?survey"
     r"|sign(?:s|ed)? (?:you |me )?up (?:for|to|on) (?:another|a different|their"
     r"|some other) (?:service|site|app)"
     r"|(?:survey|questionnaire|answer (?:\d+|a few|some|five|three) questions?|fill (?:out|in) (?:a |the )?(?:short )?(?:form|questionnaire))[^.]{0,80}?(?:\bline\b|sign ?up|register|partner app|other site|another site|open chat)"
     r"|(?:アンケ|回答)[^。]{0,40}?(?:オープンチャット|別のサイト|他のサイト|登録して)"
     r"|easy (?:work|job|task|money|side job)[^.]{0,60}?\bline\b"),
    ("no_work_answers",
     r"(?:質問|仕事内容|業務内容|作業内容)[^。]{0,20}?(?:答えて(?:くれ|もらえ|いただけ)?(?:ない|ません|ず)|答えない|答えず|返事(?:が)?(?:ない|来ない)"
     r"|教えて(?:くれ)?(?:ない|ません)|はぐらか|としか言われ|としか|は(?:チャットワーク|line|ライン|外部|zoom)で)"
     r"|詳細[^。]{0,20}?(?:答えて(?:くれ|もらえ|いただけ)?(?:ない|ません|ず)|答えない|答えず|教えて(?:くれ)?(?:ない|ません)"
     r"|はぐらか|としか)"
     r"|(?:詳しく|詳細)は(?:チャットワーク|line|ライン)で[^。]{0,30}?しか"
     r"|(?:こちら|ここ|クラウドワークス|cw|サイト)(?:で|上で)は[^。]{0,6}?(?:教えて|答えて|説明して)(?:くれ|もらえ|いただけ)?(?:ない|ません|ず)"
     rf"|{_TOOL}(?:の)?(?:url|リンク)しか|(?:友達|友だち)に?なって(?:から|からじゃないと)[^。]{{0,10}}?(?:教え|詳細)|only answers? \W?check {_TOOL}"
     rf"|(?:質問|業務内容|仕事内容|作業内容|詳細)[^。]{{0,20}}?(?:聞いたら|質問したら|尋ねたら)(?:(?!答えて|回答|説明して)[^。]){{0,20}}?{_TOOL}[^。]{{0,10}}?(?:url|リンク|招待|送られ|来た)"
     rf"|\basked (?:what|about|how|him|her|them)[^.]{{0,40}}?(?:he|she|they)(?:'d| would| will|'ll) (?:explain|tell|discuss|answer)\w*[^.]{{0,20}}?(?:on|in|via) {_TOOL}"
     r"|(?:won'?t|will not|doesn'?t|does not|don'?t|refuses? to|refused to) (?:tell|explain|say|answer)(?![^.]*\bbut\b)[^.]{0,30}?"
     r"(?:on|in|via|through) (?:crowdworks|cw|the platform|here|the site)"
     r"|(?:という|との)(?:お)?返事しか|しか(?:返って|返事|言われ|いただけ|もらえ)"
     r"|(?:won't|doesn't|don't|refuses? to|refused to|never|will not|does not) answer[^.]{0,40}?(?:question|about the (?:work|job))"
     r"|dodg(?:e|es|ed|ing) (?:my |all my )?questions|avoid(?:s|ed|ing)? (?:my )?questions"
     r"|(?:details|questions|explain)[^.]{0,30}?only on (?:chatwork|line)"
     r"|discuss (?:it|the details|the work|the job) on (?:chatwork|line|whatsapp)"
     r"|(?:そちら|向こう|あちら|グループ)で(?:説明|話|お話|詳しく)[^。]{0,15}?(?:一点張り|だけ|しか)"
     rf"|(?:explain|discuss|describe)\w{0,4} (?:it |this |that )?here[^.]{{0,40}}?{_TOOL}|(?:details|info) (?:are )?(?:only )?(?:there|on {_TOOL})"),
    ("mlm_or_unpaid",
     r"マルチ(?!メディア|デバイス|タスク|ポスト|プラットフォーム|モニター|ページ|言語|クラウド|チャンネル|ツール|ディスプレイ)|ネットワークビジネス|ねずみ講|権利収入|紹介(?:料|報酬)で稼|無報酬|報酬(?:は|が)?(?:なし|無し|出せない|出ない|ゼロ|0)"
     r"|ただ働き|タダ働き|実績(?:作り|づくり|になる|のため|として(?!(?:公開|掲載|載せ|使|紹介)))|経験になる|経験(?:のため|として)|勉強になる(?:から|ので)"
     r"|\bmlm\b|ダウンライン|multi-level|network (?:business|marketing)|pyramid|recruit (?:people|others|friends|members)|downline"
     r"|ボランティアで(?:やって(?:ほしい|ください|くれ|と|って)|お願い|と言|って言)|\bunpaid\b|\bno pay\b|without pay|for (?:the )?(?:exposure|experience)|good for (?:my|your) portfolio"
     r"|pay(?:ment)? in experience|instead of (?:pay|payment|money)|work for free|\bfor free\b"
     r"|無給|無償|報酬(?:は|が)?(?:出ません|ありません)|(?:友達|知人|友人)を(?:紹介|誘|勧誘)"
     r"|(?:仲間|友達|友人|知人)を?(?:集めたら|紹介すれば|紹介したら)|紹介料|ポートフォリオ(?:になる|として使|に使え|に載せ)|無料で[^。、]{0,8}?(?:書いて|作って|描いて|やって|作成|お願い)|無料で(?:と|って)|タダで|ただで(?:やって|お願い|と|って)|経験にも?なる|出世払い|お試しで[^。、]{0,6}?無料"
     r"|\bexposure\b|no salary|without salary|only (?:learn )?experience|in place of (?:pay|payment|money)|portfolio credit|invite (?:my |your )?friends|commission from"),
    ("upfront_fee",
     r"(?:費用|お金|円)(?:が)?かかる|自腹で(?:買|購入)|スタートアップ費用|前払い(?!して(?:もらって(?:ます|る|いる)|もらいました|もらった|くれた|くれました|いただいて(?:います|る)|いただきました)|で(?:済んで|済み|仮払い?済))|初期費用|登録料|登録費|入会金|参加費|受講料|会費|オンラインサロン"
     r"|有料(?:の)?(?:サロン|コミュニティ|セミナー)|研修費|教材|(?:講座|塾|スクール)(?!で(?:習った|学んだ|勉強した|身につけた|作った)|の課題)"
     r"|サポート費|情報商材|審査料|認定料|認定費|(?<!家賃)保証料|保証金|サポートプラン(?:に|へ)?(?:入|加入|購入|契約|の料金|代)"
     r"|有料(?:の)?(?:ツール|プラン|サービス|研修|講座)(?:に|を|へ)(?:登録|契約|購入|加入)(?:して(?:ほしい|欲しい|ください|と|って)|しないと(?:いけない|だめ|ダメ|ならない)?|する必要|しろ|するよう)"
     r"|月額[0-9０-９,]+円の(?:ツール|サービス|プラン|サロン|講座)(?:を|に)(?:契約|登録|購入|加入)(?:して(?:ほしい|欲しい|ください|と|って)|しないと|する必要|しろ|するよう)"
     r"|審査[^。]{0,10}?(?<!システム)(?<!サイトの)手数料(?:が|を)?(?:いる|必要|払|かか)"
     r"|(?:研修|講座|セミナー|教材)[^。]{0,20}?[(（]有料[)）]"
     r"|security deposit|onboarding fee|unless i pay(?! (?:close |more |full )?attention)|fee to unlock|to unlock the job"
     r"|(?:先に|まず|事前に|最初に)[^。、]{0,24}?(?<!仮)(?:払|支払|振込|振り込|購入|買)|(?:マニュアル|ツール|商材)(?:を|の)?(?:購入|買)"
     r"|(?:お金|費用|代金|料金)を(?:先に|払|支払|振)|購入(?:が必要|してください|しないと|するように)|費用が(?:かかる|必要)"
     r"|(?:買う|購入する|(?<!仮)払う|(?<!仮)支払う|振り込む)(?:必要|ように)|(?:買って|購入して|(?<!仮)払って|支払って|振り込んで)(?:ください|ほしい|欲しい)"
     r"|(?:asked|want|wants|wanted|told|tells|require[sd]?|requires|need|needs) me to (?:pay|buy|purchase|send (?:them )?money)"
     r"|pay (?:a |an )?(?:deposit|membership|entry fee|joining fee)"
     r"|(?<!he paid )(?<!she paid )(?<!they paid )(?<!client paid )(?<!he paid me )(?<!0 )(?<!zero )(?<!no )\bupfront\b(?! into escrow| about)|up-front|pay (?:a |an |the )?(?:fee|deposit) (?:first|upfront|before)|registration fee"
     r"|joining fee|membership fee|training fee|starter kit|verification fee|activation fee"
     r"|(?:buy|purchase|pay for) (?:a |an |the |their |some )?(?:[\w,]+ ){0,3}?(?:course|materials|kit|package"
     r"|program|training|information product|software|manual)|(?:course|kit|materials) (?:fee|cost)"
     r"|買え|買わされ|購入しろ|保証金|デポジット|(?:先に|まず)[^。]{0,10}?入れ"
     r"|paid (?:certification|course|training|program)|certification fee|(?:buy|purchase|pay for)[^.]{0,25}?(?:for |costs? )?[\d,]+ ?(?:yen|円)"
     r"|pay for \W?materials|deposit (?:first|up front|upfront)"
     r"|\b(?:done|do|take|buy|pay for|purchase) (?:his|her|their|a|the) (?:[¥￥$][0-9][0-9,]* )?starter (?:course|pack|package"
     r"|program)\b|\b(?:done|do|take|buy|pay for|purchase) (?:his|her|their|a|the) [¥￥$][0-9][0-9,]* (?:course|training|program"
     r"|materials)\b"),
    ("work_before_escrow",
     rf"{_K}(?:の)?(?:前|より先|前から|なしで|無しで|せずに|しないで|を待たずに)[^。]{{0,20}}?(?:作業(?!内容|の(?:流れ|内容|説明|範囲)|手順|範囲)|始め|着手|開始|納品|進め"
     rf"|取りかか|とりかか|書い|やっ)|先に(?:作業(?!内容|の(?:流れ|内容|説明|範囲)|手順|範囲)|着手|始め|進め|納品|取りかか|書い)|先に(?:作り始めて|作って)(?:て|って|と|ほしい|ください|おいて)"
     rf"|先に(?:(?!仮払|契約)[^。、]){{0,12}}?(?:書いて|作って|作成して|仕上げて|納品して)(?:ほしい|ください|みて|もらえ|いただけ|って|と)"
     r"|start (?:working|work)[\s,;.]+(?:and )?escrow (?:after|later)"
     r"|(?:asked|wants?|wanted|requested|requires?|needs?) (?:me )?(?:for |to (?:do|make|send) )?(?:a )?(?:free )?sample before (?:hiring|the contract|signing|escrow)"
     r"|トライアル[^。]{0,10}?(?:書いて|作って|やって)(?:ほしい|ください|と|って)[^。]{0,10}?契約前"
     rf"|{_K}(?:は|を)?(?:納品後|作業後|後払い|終わってから|作業が終わってから)|{_K}(?:は|を)(?:完了後|終了後)|テスト作業|試し(?:に)?(?:作業|書い)"
     rf"|まず(?:は)?(?:作業|着手|始め|書い)|(?:作業|納品)(?:して|が終わって|を終えて|の)(?:から|後に?)[^。]{{0,8}}?{_K}"
     r"|\b(?:make|write|draw|design|do|create)\b[^.]{0,20}?\b(?:samples?|test|draft|mock-?ups?|trial)\b[^.]{0,30}?before (?:the )?"
     r"(?:escrow|仮払い?)"
     r"|(?:start|begin|do|work|finish)[^.]{0,40}?before (?:the )?(?:escrow|仮払い?|funding|it'?s funded"
     r"|(?:payment|money|reward) is"
     r" (?:escrowed|funded|deposited))|before escrow|(?:work|start) first,? (?:and )?(?:pay|escrow|fund)\w{0,4} later"
     r"|without (?:the )?escrow|\b(?:test|trial|sample) (?:task|piece|article|job|work|chapter|translation|design|video|page)"
     rf"|(?:{_K}|escrow|fund)\w{{0,4}}(?:(?!releas|paid out)[^.。]){{0,30}}?(?:once|after|when) (?:she|he|they|the client)(?:'s| is| are|'re| has|'ve)? (?:happy|satisfied|checked|approves|sees|seen|reviewed|likes|liked|checks)"
     r"|(?:start|begin)\b[^.,]{0,25}?\b(?:now|today|right away|immediately|anyway|first)\b"
     r"|escrow (?:later|after (?:delivery|the work|i deliver))"
     r"|(?:escrow|fund)[^.]{0,20}?after (?:the work|delivery|i deliver|it'?s done|i finish)"
     rf"|{_K}(?:は|を)?(?:納品後|完成後|作業後)"
     rf"|{_K}(?:は|を)?(?:あとで|後で|後から|あとから|後日|その後|そのあと|来月|翌月|来週)[^。]{{0,20}}?(?:作業|始め|開始|着手|進め|書い|作っ"
     r"|今日から|今月|今週|もう|先に)(?!は?(?:それから|その後|そのあと|まだ|仮払))"
     rf"|(?:テスト|お試し|試し)(?:で|として|に)?[^。、]{{0,8}}?(?:書いて|作って|描いて|やって|納品して)から[^。]{{0,10}}?{_K}"
     rf"|{_K}(?:なし|無し)で(?:スタート|開始|始め|作業|進め)|先に(?:書き始め|作り始め|始め)て(?:て|おいて|ほしい|ください|って|と)"
     r"|作業は(?:もう|先に)[^。]{0,6}?(?:始めて|進めて)(?:ほしい|ください|って|と)|(?:気に入ったら|納品後に|納品したら)(?:仮払い|仮払)"
     rf"|{_K}(?:は|を)?[^。済]{{0,6}}?(?:作業|納品|完成)[^。]{{0,8}}?(?:してから|して(?:もらって)?から|の後に?|後に)[^。]{{0,6}}?(?:入れ|する|します|払|行い|行う|手続)"

     rf"|{_K}(?:して(?:い)?(?:ない|ません)|されて(?:い)?(?:ない|ません)|が(?:まだ|済んでいない))(?:のに|けど|けれど|が)[^。]{{0,40}}?(?:始め|作業|着手|進め|作って|書いて)"
     r"|(?:後で|あとで|後から)(?:払|支払|仮払)"
     r"|(?:hasn\'?t|has not|haven\'?t|not yet|isn\'?t|not) (?:been )?(?:funded|escrowed|deposited)[^.]{0,40}?(?:start|begin|work)"),
    ("fake_official",
     r"(?:クラウドワークス|ランサーズ|ココナラ|運営|事務局|公式|サポート)[^。]{0,10}?(?:名乗|を称|を語|と称|を装|を騙|をかた)|なりすまし|成りすまし"
     r"|(?:クラウドワークス|ランサーズ|ココナラ|cw|運営)(?:の)?(?:スタッフ|社員|担当者?|事務局|サポート)(?:だ|です)?(?:という|っていう|と名乗る|を自称)"
     r"|(?:line|ライン|チャットワーク|chatwork|whatsapp|メール|sms|(?:いんすた|instagram|insta|twitter|facebook|tiktok)の?\s?(?:\bdm\b|dm|メッセージ|メッセ))"
     r"[^。]{0,25}?(?:クラウドワークス|ランサーズ|運営|事務局|公式)"
     r"(?:から(?:です|の(?:連絡|案内|者))|の担当|です|の者|サポート|運営|事務局)"
     r"|(?:クラウドワークス|ランサーズ)(?:の)?(?:運営|事務局|公式|担当|サポート|人|者)(?!に(?:問い合わせ|問合せ|聞|確認|相談|連絡し))[^。]{0,25}?"
     r"(?:line|ライン|チャットワーク|chatwork|whatsapp)"
     r"|(?:claim|pretend|pos)(?:s|ing|ed|e|es)?(?: that)?(?: to be| as)?(?: they'?re| they are| he'?s| she'?s| it'?s| it is"
     r"| we'?re)?(?: from| with)? (?:crowdworks|lancers|coconala)(?: staff| support| team| official)?"
     r"|(?:say|saying|says|said)(?: that)?(?: to be| as| they'?re| they are| he'?s| she'?s| it'?s| it is| we'?re) (?:from |with )?"
     r"(?:crowdworks|lancers|coconala)(?: staff| support| team| official)?|(?:say|saying|says|said)(?: that)? (?:from|with) "
     r"(?:crowdworks|lancers|coconala)\b"
     r"|(?:crowdworks|lancers) (?:staff|support|team|official|office|admin)[^.]{0,30}?(?:\bline\b|chatwork|whatsapp|email)"
     r"|calling (?:itself|themselves|himself|herself) ['\"]?(?:crowdworks|lancers|coconala)"
     r"|(?:\bline\b|chatwork|whatsapp)[^.]{0,40}?(?:from|is) ['\"“]?(?:crowdworks|lancers)|impersonat"
     r"|fake (?:crowdworks|support|official)"
     r"|(?:claim|pretend)\w*(?: that)? (?:he|she|they) (?:works?|worked|is|are) (?:for|at|with) (?:crowdworks|lancers|coconala)"
     rf"|(?:クラウドワークス|ランサーズ|ココナラ|cw|運営|事務局|公式|サポート)(?:の)?(?:もの|者|人|担当|案件担当|っぽい|風|を名乗る)[^。]{{0,30}}?{_TOOL}"
     rf"|{_TOOL}[^。]{{0,30}}?(?:クラウドワークス|ランサーズ|ココナラ|cw)(?:の)?(?:案件)?(?:担当|運営|事務局|公式|サポート)"
     rf"|{_TOOL}[^.]{{0,60}}?(?:crowdworks|lancers|coconala|\bcw\b) ?(?:official|support|staff|team|recruiter|admin|運営|事務局)"
     rf"|(?:crowdworks|lancers|coconala|\bcw\b) ?(?:official|support|staff|team|recruiter|admin|運営|事務局)[^.]{{0,60}}?{_TOOL}"
     r"|calling (?:itself|themselves|himself|herself)|signed \W?(?:crowdworks|lancers|cw)"
     rf"|{_TOOL}[^.]{{0,40}}?(?:says?|said|saying|claims?|claiming) (?:that )?(?:crowdworks|lancers|coconala)\b"),
)
# Hints of a sign in wordings the table above does not have: when every part is in one sentence, the sign is
# checked with a yes/no question (never counted unasked, never silently missed). Each part is a concept, in any
# order: who asks and what, and what makes it that sign.
_ASKED_WORK = (r"(?:質問|聞い|聞く|聞け|きいて|きいた|きく|尋ね|問い合わせ|確認し|詳細|業務内容|作業内容|仕事内容|内容|納期|単価|予算|文字数"
               r"|\bask(?:ed|ing|s)?\b|question|brief|details|deadline|budget|scope|word count|what the (?:job|work|project)"
               r"|anything about|the project|\brepl(?:y|ied)\b|doubts)")
EVASIVE = (r"(?:だけ|のみ|しか|一点張り|答えず|答えない|答えてくれ|返事(?:が)?(?:なく|ない|来ない)|回答(?:が)?(?:なく|なし|ない)|無視"
            r"|スルー|教えてくれ|はぐらか|濁|ignor|dodg|avoid|won'?t (?:say|tell|answer|explain)|refus|no answer"
            r"|never answer|(?:not|didn'?t|doesn'?t|don'?t|did not|does not) answer"
            r"|(?:just|only|simply) (?:sends?|sent|pastes?|pasted|repl(?:y|ies|ied)|says?|said|posts?|drops?)"
            r"|nothing (?:about|but|except)|instead of answering|(?:too complicated|too long|hard) to explain|explain (?:it )?here"
            r"|ばかり|全部|毎回|いつも|返され|で返|かわされ|かわす|answers? (?:me )?with|always|every time|same answer"
            r"|only say|just say|ghost|not replying|not answering|only tell|only says"
            r"|(?:just|only|simply) (?:a |an |the )?(?:chatwork|line|link|id|url|invite|qr))")
_REQUEST = (r"(?:言われ|頼まれ|求められ|依頼|お願い|してほしい|して欲しい|してって|してください|て(?:ほしい|欲しい|くれ)|って(?:言|き|来)"
            r"|\basked\b|\bwants?\b|\btold\b|\bsaid\b|\bsays\b|request|go ahead|just start|please"
            r"|といて|ておいて|ちょうだい|ください|出して|てね|てって|てみて|like me to|want me to|get (?:the |it )?\w+ going)")
SIGN_HINTS: dict[str, tuple[str, ...]] = {
    "direct_deal": (r"(?:契約|支払|(?<!仮)払|振込|振り込|報酬|取引|請求|\binvoice|\bpay|contract|transfer|\bbank)",
                    r"(?:直接|直で|個人的に|サイト外|(?:の|を)外で|通さ|介さ|抜き|手数料(?:を|が)?(?:節約|浮|なし|無し|かから|払わ|取られ)"
                    r"|directly|outside|off[- ]?platform|around the|bypass|middle ?man)"),
    "move_before_contract": (_TOOL, r"(?:契約前|まだ契約|契約して(?:い)?(?:ない|ません)|応募|選考|採用前|面接|before (?:the |we |i "
                             r"|they )?(?:even )?(?:contract|sign|hir|offer|agree)|contract later"
                             r"|not (?:yet )?(?:hired|contracted|signed)|still applying"
                             r"|haven'?t (?:signed|been hired)|applicant)"),
    "id_or_bank": (r"(?:身分|本人確認|免許|保険証|マイナ|口座|銀行|カード|\bid\b|passport|licen[cs]e|\bbank|card)",
                   r"(?:送|提出|写真|コピー|画像|スキャン|教え|\bsend|upload|photo|copy|scan|share|provide)", _REQUEST),
    "contact_details": (r"(?:電話番号|携帯(?:番号)?|(?:line|ライン)(?:の)?(?:id|アカウント)|メアド|メールアドレス|連絡先"
                        r"|phone (?:number|no)|line (?:id|account)|e-?mail address|contact (?:details|info))",
                        r"(?:教え|交換|聞か|知りたい|送って|\bask|exchange|give|share|send)", _REQUEST),
    "survey_to_line": (r"(?:アンケ|回答するだけ|簡単な|かんたん|タスク|アプリ|感想|副業|questionnaire|survey|easy|simple task|\btask|app review|install (?:the |an )?app)",
                       r"(?:(?<!オン)(?<!ガイド)(?<!デッド)(?<!タイム)ライン(?!ナップ|マーカー)|\bline\b|登録|別(?:の)?(?:サイト|サービス|アプリ)|register|sign ?up|"
                       r"\bapp\b|open chat)"),
    "no_work_answers": (_ASKED_WORK, EVASIVE, rf"(?:{_TOOL}|グループチャット|group chat)"),
    "mlm_or_unpaid": (r"(?:無給|無償|無料で|no payment|without payment|your experience|bring in|from the people|報酬(?:は|が)?(?:なし|無し|出ない|ない)|ただで|タダで|経験(?:になる|のため|として|を積)"
                      r"|実績(?:作り|づくり|のため|として|になる)|紹介(?:料|報酬|して|すれば|で稼)|勧誘|友達を|権利収入|\bunpaid"
                      r"|for free|exposure|for (?:the )?experience|portfolio|invite (?:my |your |his |her )?(?:friends|people"
                      r"|others|members)|\brecruit(?:ing|s)?\b|commission|downline)",
                      r"(?:仕事|作業|案件|働|報酬|給|稼|支払|払|\bpay|paid|\bwork|\bjob|money|earn)"),
    "upfront_fee": (r"(?:(?<!仮)払って|払え|(?<!仮)払う|(?<!仮)支払って|(?<!仮)支払う|振り込|購入|買って|買え|買う|費用|料金|入会金"
                    r"|登録料|保証金|\bpay (?:for|a|an|the|them|upfront|first)|\bbuy|purchase|\bfee\b|deposit)",
                    r"(?:先に|前払|事前|最初に|まず|登録|入会|教材|講座|研修|ツール|マニュアル|パック|保証|first|upfront|up front"
                    r"|before|register|membership|course|kit|materials|tool|licen[cs]e|starter|certification)"),
    "work_before_escrow": (rf"(?:{_K}|escrow|fund)",
                           r"(?:前|まだ|して(?:い)?ない|されて(?:い)?ない|(?<!の)後で|(?<!の)あとで|後払|月末|来週|明日|まとめて|later|before|yet|hasn'?t|not|after|once"
                           r"|processed|processing|pending|tomorrow|next week|soon"
                           r"|until|when i see)",
                           r"(?:作業|着手|始め|開始|書い|作っ|作成|納品|テスト|サンプル|構成|記事|原稿|投稿|稼働|デザイン|article"
                           r"|\bstart|begin|\bwork|draft|sample|test|concepts?|mock-?ups?|knock(?:ing)? out|rough"
                           r"|write|design)", _REQUEST),
    "fake_official": (r"(?:(?:クラウドワークス|ランサーズ|ココナラ|cw|crowdworks|lancers)\s?(?:の)?\s?(?:運営|事務局|公式|スタッフ|担当|窓口"
                      r"|本人確認窓口|サポート)|運営|事務局"
                      r"|(?:crowdworks|lancers|coconala|\bcw)[ -]?(?:official|support|soporte|staff|admin|team|recruiter|help ?desk|security))", _TOOL),
}

# A sign whose words include another's: an easy survey that moves you to LINE has you add a LINE account, which
# is that sign, not a request for your LINE ID (contact_details).
# (sign → (the sign it covers, words that show the other sign was asked for on its own))
SIGN_COVERS: dict[str, tuple[str, str]] = {
    "survey_to_line": ("contact_details", r"電話|携帯|メール|メアド|連絡先|phone|e-?mail|number|contact details")}

# A sign quoted and then said not to have been said: 「「直接契約しませんか？」とは言われていません」 (right after the quote).
QUOTE_DENIED = (r"^\s*(?:と(?:は|か|も)?|って(?:いう)?(?:こと|話|の)?(?:は|も)?)(?:一度も|特に|全く|まったく|一切)?"
                r"(?:言われ|聞かれ|提案され|誘われ|頼まれ|求められ|書かれ|来)(?:て(?:い)?(?:ない|ません)|ませんでした|なかった|ず)")
# A negation negated (「仮払いされていないわけではありません」, 「まだということはないです」): what it says is unclear, so the
# question is asked again with its options (never read as done, nor as not done).
DOUBLE_NEGATION = (r"◆[^◆◇。]{0,12}?(?:ない|なかった|ません|まだ|未)[^◆◇。]{0,3}?(?:わけ|訳|という(?:こと|わけ)|ってこと|ってわけ|こと)"
                   r"(?:で|じゃ)?(?:は|も)?(?:ない|ありません|ございません|なく|ねぇ)"
                   r"|◆(?:という|って)?(?:わけ|訳|こと)(?:で|じゃ)?(?:は|も)(?:ない|ありません|ございません|なく|ねぇ)"
                   r"|◆[…\.\s]*(?:という|って)?(?:わけ|訳)(?:で|じゃ)(?:は|も)?(?:ない|ありません|ございません|なく|ねぇ)")
# After a sign, a negation negated (「身分証送ってって言われなかったわけじゃない」): it may well have been asked for, so
# the sign is checked with a yes/no question, never read as absent.
SIGN_DOUBLE_NEGATION = (r"^[^。.!?]{0,30}?(?:ない|なかった|ません|ませんでした|ず)(?:って|という)?(?:わけ|訳|こと)(?:で|じゃ)?(?:は|も)?"
                        r"(?:ない|なく|ありません|ございません|ねぇ)|^[^。.!?]{0,30}?(?:ない|なかった)(?:とは|とも)(?:言えな|言い切れな|限らな)"
                        r"|^[^。.!?]{0,30}?ないことは(?:ない|なかった|ありません)")
SIGN_DOUBLE_NEGATION_EN = (r"\bnot (?:that|like|as if) (?:he|she|they|the client|client)\b[^.]{0,12}?(?:n'?t|not|never)\b"
                           r"|\bcan'?t (?:say|tell you) (?:that )?(?:he|she|they|the client)\b[^.]{0,12}?(?:n'?t|not|never)\b"
                           r"|\b(?:did|does|has|have) not not\b|\bnot that (?:he|she|they|the client) never\b")
# A clause that takes back what its sentence said ("'funded', surprise surprise it isn't"), or sarcasm ("yeah
# right"): the sentence's statements are asked again, never taken at their word.
TAKEN_BACK = (rf"{_START}(?:(?:but|and|yet|though|surprise,? surprise|of course|naturally|obviously|as usual)\W+)*"
              rf"(?:it|he|she|they|that|which)\W*(?:isn'?t|is not|wasn'?t|was not|hasn'?t|has not|didn'?t|did not|'?s not"
              rf"|haven'?t|have not|aren'?t|are not|won'?t|doesn'?t|does not)(?: really| at all| yet)?{_END}"
              r"|\byeah,? right\b|\bas if\b|\bmy (?:foot|arse|ass)\b|surprise,? surprise"
              rf"|{_START}(?:but |though )?not (?:for |on |with )?this (?:one|job|project|client|gig|time)\b"
              # a step undone: 「承認されたけど取り消された」, "it was funded, but he cancelled it"
              r"|^(?:その後|後で|あとで|でも|けど|しかし)?[^。]{0,8}?(?:取り消され|取消され|キャンセルされ|撤回され|取り下げ|返金され|無効に)"
              r"|^(?:取り消し|取消し?|キャンセル|撤回)(?!不可|でき|不能|料)"
              r"|\bthat was (?:the|my|another|a different) (?:job|contract|proposal|application|client|one)\b"
              r"|それは(?:契約|採用|応募|案件|仕事|別の案件|前の案件)の(?:承認|話|こと)"
              r"|^[(（]\s*(?:未|まだ|×|✕|なし|無)\s*[)）]?$|\bor so i (?:thought|believed|assumed)\b"
              r"|\b(?:cancel+ed|withdrew|withdrawn|revoked|refunded|pulled)\b(?: (?:it|the \w+))?[\s.,!?)]*$")
# The question a DENIED sentence answers: did/has/was he…?, "Asked for my ID?", 「口座は聞かれた？」 (no quotes).
ASKED_WHETHER = (rf"{_START}(?:did|has|have|was|were|does|do|is)\b|{_START}(?:asked|requested|wanted|mentioned|any)\b"
                 # a sign named alone as a question: 「口座？」 "Bank details?" "A direct deal?"
                 r"|^(?![^?？]*(?:て|た|れ|く|っ|し))[^。.!?、,\s]{1,8}[?？]\s*$"
                 r"|^(?![^?]*\b(?:want|wants|send|give|share|need|needs|asked|ask|asks|told|tell|pay|said|says)\b)"
                 r"(?:an? |the |my |any )?[a-z']+(?: [a-z']+){0,3}[?？]\s*$"
                 rf"|(?:聞かれ|言われ|求められ|頼まれ|され)(?:た|ました)(?:か)?[?？]{_END}")
# A sentence that ends by saying this client did not do what it described ("I've heard scammers ask for your bank
# details, but this client hasn't", 「よく聞く話ですけど、今回のクライアントさんはそういうのはないです」).
NOT_THIS_CLIENT = (
    r"\b(?:but|though|however)\b[^.]{0,10}?\bnothing (?:of the sort|like (?:that|this)|of that kind)\b[^.]{0,10}?"
    r"\b(?:has come up|came up|has happened|happened)\b"
    r"|(?:\b(?:but|though|however)\b|;)[^.]{0,20}?\b(?:he|she|they|this client|the client|my client|this one|this guy|mine)"
    r"\s+(?:hasn'?t|has not|didn'?t|did not|doesn'?t|does not|never (?:did|has|does)|won'?t|isn'?t|wasn'?t|haven'?t)"
    rf"(?: (?:at all|yet|once|ever))?{_END}"
    r"|(?:けど|けれど|が)、?[^。、]{0,10}?(?:この|今回の|うちの|私の)?クライアント(?:さん|様)?(?:は|に)[^。、]{0,10}?"
    r"(?:そういうの|そういうこと|そんなこと|そういった(?:こと|話))?(?:は|も)?(?:一切|全然|特に)?(?:ない|ありません|なかった|ございません)"
    rf"(?:です|でした|よ|ね)*{_END}")
# A sign a third party warned about or says happens in general ("a friend warned me that scammers often ask for
# bank details", 「友達に、詐欺だと口座を聞かれるって注意された」): not read as this client's, but checked.
THIRD_PARTY = r"\b(?:scam\w*|fraud\w*|fake|impersonat\w*|people|others|other clients|(?:a|my) friend|friends?'s?)\b|詐欺|友達|友人|知人|知り合い"
GENERIC = (r"\b(?:warn\w*|heard|read|often|usually|typically|tend|common(?:ly)?|sometimes)\b|よくある|よく聞|らしい|と聞|って聞|から聞|という話"
           r"|注意|気をつけ|気を付け")
CLIENT_ASKS = (r"\b(?:he|she|they|client)\b (?:has |had |also |then |just )?(?:asked|asks|wants?|wanted|requested|told|demanded)\b"
               r"|(?:聞かれ|言われ|求められ|頼まれ|要求され)(?!て(?:い)?(?:ない|ません)|なかった|ず|たこと(?:は|も)?(?:ない|ありません))")
# A list of signs with no verb ("Bank, ID card, money, course...") answered by a denial of the whole list in the next
# sentence ("nothing like this he ask me"): every sign in the list is absent.
BARE_LIST = r"^[^.!?。！？]{0,80}?(?:,|、|・)[^.!?。！？]{0,80}?(?:,|、|・)[^.!?。！？]{0,80}?(?:\.\.\.|…|\.|。)?\s*$"
# A list of nouns alone after a sentence that says nothing was asked (「何も聞かれてないです。口座も身分証も」): maybe
# what was denied, so its signs are checked, not counted; not after a word of contrast (「でも口座番号とか」).
AFTERTHOUGHT = r"^(?!\s*(?:でも|ただ|けど|けれど|強いて|しいて|逆に|あと|それと))[^。.!?！？、,]{1,30}?(?:も|とか|もです|もね|もない)[。.!！…]*\s*$"
ASKED_DENIED = r"(?:聞かれ|言われ|求められ|頼まれ)(?:て(?:い)?)?(?:ない|ません|なかった)"
# A word that takes back what was just said, before a 「それは別の案件でした」 in the same sentence.
UNSAYING = r"いや|違う|違います|ちがう|じゃなくて|ではなくて|\bwait\b|\bactually\b|\bsorry\b"
LIST_DENIAL = (r"^\W*(?:nothing like (?:this|that|these)|none of (?:this|that|these|those|them)|nothing of (?:this|that|the sort))"
               r"(?![^.]*\b(?:before|previous|last|other|usual|listing|on my|in my)\b)")
# … when what it described was said of others (scammers, people, what one hears), not of this client.
OTHERS = (r"\b(?:scam\w*|fraud\w*|people|some (?:clients|people)|others|other clients|i'?ve heard|i heard|i (?:have |'ve )?read|they say"
          r"|usually|often|typical\w*|common\w*|the last (?:guy|client|one)|my (?:last|previous|old|other) client|friend'?s?)\b|詐欺|よく聞|と聞|って聞|らしい|よくある|他の(?:人|クライアント)"
          r"|前のクライアント")
# A sentence that only says no, answering the question just before it ("Asked for my ID? Nope.").
DENIED = (rf"{_START}(?:also |and |again |still )?(?:no|nope|never|not at all|not once|none|negative|not really)"
          rf"(?: (?:again|too|either|never|once))?{_END}|{_START}(?:いいえ|いえ|ないです|ありません|ないっす|なし|無し|ない"
          rf"|されてない|されてません|言われてない|言われてません|聞かれてない|聞かれてません|一度もない|全然|ぜんぜん)(?:です|よ|ね)*{_END}")
# A sentence that takes back the one before it as a joke ("they asked me to buy a course. Kidding lol, …").
KIDDING = (rf"{_START}(?:(?:lol|haha+|lmao)\W+)*(?:(?:i'?m |i am )?(?:just |only )?(?:kidding|joking)|jk|j/k)(?! aside| me\b)"
           rf"(?:\W+(?:lol|haha+|lmao))*(?:[,.!\s]|$)"
           rf"(?![^.。]*(?:seriously|for real|really|actually|true story|he did|she did|they did|\bnot\b|ほんと|本当|マジ|本気))"
           rf"|{_START}(?:うそうそ|嘘嘘|冗談(?:です|だよ|でした)|なんてね|なーんてね)(?:[、,。!\s]|$)"
           rf"(?![、,\s]*(?:と|って)(?:言|いっ|書))(?![^.。]*(?:ほんと|本当|マジ|本気|じゃなく|seriously|for real))")
# A sign taken back: in the next sentence (「口座を聞かれました。あ、いや、別の人でした」) or a later clause (「…というのは
#嘘で」, "that was a different client"): checked with a yes/no question, never counted.
RETRACTED = (r"(?:それは|あれは)?(?:別の|他の|前の){1,2}(?:人|クライアント|案件|お仕事|仕事)(?:でした|だった|です|と勘違い|のこと(?:でした|だった))"
             r"|(?:という|っていう)の(?:は)?(?:嘘|うそ|冗談|間違い)|(?:という|って(?:いう)?)話を[^。]{0,10}?(?:から|で)(?:聞|見|読)(?![^。]*(?:私も|自分も|僕も|俺も|うちも|実際))|\b(?:that|it|this) was (?:a different|another|my (?:last"
             r"|previous|other)) (?:client|job|person|guy|chat)\b|\bwrong (?:client|person|chat)\b")
# What the person did (or did not do) with what was asked, in the answer to a bare question (「身分証？まだ送ってないです」
# "Bank details? Never gave them."): no denial that it was asked.
OWN_ACTION = (r"送って|送り|出して|教えて|渡して|払って|支払って|提出して|振り込んで|登録して|"
              r"\b(?:sent|send|sending|gave|give|giving|paid|pay|paying|share|shared|sharing|hand(?:ed)? over|submitted)\b")
# … or that goes on to say it was asked for after all ("Nothing yet, but he said he'll need them").
ASKED_LATER = (r"\b(?:he|she|they|client)\b[^.]{0,20}?\b(?:said|says|needs?|wants?|asked|asks)\b"
               r"|(?:聞かれ|言われ|求められ|頼まれ)(?!て(?:は|も)?(?:い|お)?(?:な|ませ|ね|へん|らん)|ませ|なかった|ず|たこと(?:は|も)?な)")
# Right after a sign said not done by the person, that it was asked for all the same (「身分証は出してないけど、求めら
# れてはいます」): the sign stands.
ASKED_AFTER_ALL = (r"^[、,\s]*(?:けど|けれど|が|でも|ただ)?[、,\s]*(?:(?:それ|そちら)?(?:は|を|も))?(?:聞かれ|言われ|求められ|頼まれ)"
                   r"(?:(?:て(?:は)?(?:い)?(?:ます|る)|ました|た)(?:[。、,.!！\s]|よ|ね|です|$)|たこと(?:は|も|が)?(?:あります|ある|あった|ありました))")
# After a correction that restates nothing, words that take the earlier statement back ("Actually no, he just said he
# would", 「いや、正確には来週入れてくれるって話でした」): what was said before is asked again.
UNDOING = (r"\bnot\b(?! just| only| only)|\b(?:no|not yet|only|just said|said (?:he|she|they) (?:would|will)|promise[sd]?|still an offer)\b|まだ(?:です|でした|だった|$)"
           r"|じゃな|ではな|違|って話|だけ(?:でした|だった|です|$)|かも|正確には|予定"
           r"|\bthat was (?:the|my|another|a different) (?:job|contract|proposal|application|client|one)\b"
           r"|それは(?:契約|採用|応募|案件|仕事|別の案件|前の案件)の"
           r"|\b(?:that|it) was (?:the|about the) (?:escrow|contract|request|funding|deposit)\b"
           r"|\bthinking (?:of|about) the (?:contract|escrow|request|other)\b|\bmixed (?:it |them )?up with\b"
           r"|\blooking at the (?:contract|escrow|wrong)\b|(?:の)(?:こと|話)(?:でした|だった)"
           r"|と(?:勘違い|間違え|見間違え)|の画面を見て(?:い)?(?:ました|た)")
# A request for work that is not the job itself yet (a sample, a rough draft, 「とりあえず進めといて」): checked with a
# yes/no question about work before escrow, unless the message says the escrow is done.
WORK_REQUEST = (r"(?:仮払い|仮払|かりばらい)(?:は|を)?(?:あとで|後で|後から|あとから|後日|その後|そのあと|来月|翌月|来週)"
                r"|(?:テスト|お試し|試し)(?:の)?(?:記事|原稿|課題|作業|タスク|ライティング|デザイン)(?:を)?[^。、→]{0,6}?(?:書いて|作って|作成して|描いて|やって)"
                r"|(?:ラフ|サンプル|下書き|構成案|試作|テスト|試し)(?:案)?(?:を)?[^。、]{0,10}?(?:作って|書いて|進めて|描いて|送って|出して"
                r"|作っておいて|考えておいて|作成して)|とりあえず進め|先に進めて|進めといて|進めておいて"
                r"|\b(?:send|make|write|do|draw) (?:me |him |her |them )?(?:a |some |the )?(?:rough |quick |free )?(?:draft|sample"
                r"|mock-?up|concept|test piece)s?\b")
# A sentence that starts by saying no, answering a sign named as a bare question ("Bank details? Nope, never.").
SAYS_NO = r"^\W*(?:no|nope|nah|never|not|none|no way|nothing)\b"
# An English clause that only goes on with the list before it (", for my bank details, or for anything of the sort").
LIST_GOES_ON = (r"^\W*(?:(?:or|nor)\s+)?(?:for|about|of)\s+(?:\w+\s*){1,6}\W*$"
                r"|^\W*(?:or|nor)\s+(?:any|anything|my|his|her|their|the|a|an)\b(?:\s*\w+){0,5}\W*$")
# Between two answers of one question, a list going on: a negation before the first governs both ("not
# milestones or hourly", "neither hourly nor milestones"). Not "and", not a comma: "not hourly, fixed" corrects.
LIST_OR = r"^\s*(?:or|nor|/|や|とか|も)\s*$"  # not か: 「マイルストーンか一括か」 is whether
# Work said to come before the escrow, which a paid test does not undo ("the test is paid, but he wants it before escrow").
BEFORE_ESCROW = r"before (?:he |she |they |the client )?(?:funds|escrow|fund)|(?:仮払い|仮払)(?:の)?前"
# A clause that only apologises (「すみません、特にないです」): it says nothing either way.
APOLOGY = r"^(?:すみません|すいません|申し訳(?:ございません|ありません|ない)|ごめんなさい|失礼します|sorry)[、,.!。\s]*$"
# A test task said to be paid or escrowed ("the test task is paid and escrowed separately"): not work before
# escrow — checked with a yes/no question, never counted.
PAID_TEST = (r"(?:テスト|お試し|試し|トライアル)[^。]{0,20}?(?:有償|有料|報酬(?:あり|が出|も出)|仮払い?(?:済|も|され|して))"
             r"|\b(?:paid|escrowed|funded)\b[^.]{0,30}?\b(?:test|trial|sample)\b|\b(?:test|trial|sample)\b[^.]{0,30}?"
             r"\b(?:is |was )?(?:paid|escrowed|funded)\b")
# A sentence or clause whose signs were said of another client, not this one (「前の別のクライアントには口座番号を
# 教えてって言われた」, "my previous client asked for my ID"); never 「前のクライアントにも」 ("also": this one too).
ANOTHER_CLIENT = (r"(?:前の|別の|他の|ほかの|以前の|昔の)(?:別の)?(?:クライアント|依頼主|発注者|お客)(?:さん|様)?(?:に|には|から|は)(?!も|の?紹介)"
                  r"|(?:前の|以前の|前回の|昔の)(?:案件|仕事|お仕事)(?:では|の時は?|のときは?)(?!も)"
                  r"|\b(?:my |a |the |one )?(?:previous|former|last|old|other|another|different) (?:client|customer)s? "
                  r"(?:once |also |had |has |have )?(?:asked|wanted|requested|told|demanded|made me|tried)\b")
# … unless the sentence says this client did it too, or compares the two.
ANOTHER_TOO = (r"\b(?:too|also|as well|either|same as|just like)\b"
               r"|今回も|この人も|今の(?:人|クライアント)も|同じ|(?:も|もまた)(?:同じ|言われ|聞かれ|求められ)")
# A sign said to be absent ("直接契約はないです", "not a direct deal"): right after (ja) or before (en) the sign.
SIGN_NEGATED_AFTER = (r"^(?:[はも]|の話は)?(?:特に)?(?:ない|ありません|なかった|なし|無し)"
                      r"|^(?:など|とか|等|なんか|なんて)?(?:[はも]|の話は)?(?:特に)?(?:ない|ありません|なかった|なし|無し|無かった|無い)(?:です|でした|よ|ね|な)*\s*(?:[。！!]|$|[、,](?!\s*(?:と|って)))"
                      # expected, and not asked: 「…と言われるかと思ったけど、言われなかった」
                      r"|^[^。]{0,14}?(?:かと思った|かと思いました|と思ってた)(?:けど|が)[、,]?[^。]{0,10}?(?:なかった|ませんでした|ない)"
                      # someone else's: 「口座を聞かれた友達がいる」「口座聞かれた？って友達に聞かれた」
                      r"|^[^。、]{0,8}?(?:聞かれた|言われた|求められた)(?:友達|友人|知り合い|知人)(?!と同じ|から紹介|の紹介|に相談)|^[^。、]{0,8}?(?:って|と)(?:友達|友人|知り合い|知人)(?:に|から)(?:聞かれ|言われ)"
                      r"|^(?:では|じゃ)(?:ない|なさそう|ありません|なかった)(?:です|でした|よ|ね|な)*\s*(?:[。！!]|$|[、,](?!\s*(?:と|って)))"  # 「マルチではなさそう」

                      r"|^(?:は|を)?(?:し|始め|開始し|着手し|やら)?なくて(?:いい|良い|よい|大丈夫|ok)"  # 「作業しなくていい」
                      r"|^(?:を|は)?(?:提出|確認)済み?の(?:クライアント|方|人|相手|アカウント)|^(?:で|による|での)本人確認(?:済|ずみ)"  # the client's own check
                      r"|^(?:を|は)?(?:見せて|出して|送って|提示して)(?:くれ(?:た(?!ら)|ました)|もら(?:った(?!ら)|いました)|いただ(?:いた(?!ら)|きました))"
                      r"|^\s*(?:→|⇒|->|=>|:|：|=|-|–|—)\s*(?:なし|無し|ない|no|none|nope|never|nah|n/a|無)(?=\s*(?:[、。,./;；]|$|\s))"
                      r"|^\s*(?:なし|無し|ない|no|none|nope|never|nah|n/a|無)(?=\s*(?:[、。,./;；]|$))|^\s*(?:[-:：=→]\s*)?(?:✕|×|✖|❌|✗)"
                      r"|^(?:など|とか|等|なんか)?(?:[はも]|の(?:提出|提示|登録|送付)(?:は|も)?)?(?:一切|特に|全く)?(?:不要|いらない|要らない|いりません|要りません"
                      r"|必要(?:は|も)?(?:ない|ありません|ございません))"
                      r"|^[はもを](?:聞かれ|言われ|求められ|頼まれ|され|提案され)(?:て(?:い)?(?:ない|ません)|ませんでした|なかった)")
# A sign said to be against the rules (「直接契約はNGですよね」「直接契約って禁止ですよね？」) with nobody proposing it in
# the rest of the sentence (SIGN_PROPOSED): no sign.
SIGN_AGAINST_RULES = r"^(?:[はも]|って)(?:ng|だめ|ダメ|駄目|禁止|いけない|ご法度|規約違反|アウト)"
SIGN_PROPOSED = r"提案|誘|言われ|持ちかけ|勧め|頼まれ|求められ|しつこ|キレ|値下げ|断|なのに|けど|が、|\b(?:but|asked|wants?|said)\b"
# A sign followed by a bare 全然/一切 and no predicate (「口座の話は全然です」): "not at all" or "totally" — checked.
SIGN_BARE_ADVERB = r"^(?:の(?:話|こと|件))?(?:は|も)?(?:全然|ぜんぜん|全く|まったく|一切)(?:です|でした|っす|だよ|ですね)?\s*[。.!！]?$"
SIGN_NEGATED_BEFORE = (r"(?<!said )(?<!say )(?<!says )(?<!saying )(?:\b(?:not|no|never|nor|without)|n't)\s+(?:\w+\s+){0,2}$"
                       r"|\bverified (?:with|by|via|using) (?:\w+\s+){0,1}$")  # "verified with ID documents": the client's
# One's own account with the platform, said on both sides of the sign and with no one asking for it:
# 「クラウドワークスの本人確認で免許証を出しました」, "my bank account is registered with CrowdWorks for withdrawals".
SIGN_OWN_BEFORE = (r"(?:クラウドワークス|くらわく|cw|ランサーズ|ココナラ)(?:の|で|に)(?:本人確認|登録|出金|報酬|振込先|受け取り|受取)"
                   r"[^。、]{0,10}$|\bmy\s+$")
SIGN_OWN_AFTER = (r"^(?:は|を|も)?(?:登録して(?:あり|い|お)|登録済|登録しました|出しました|提出しました)"
                  r"|^[^.。]{0,24}?\b(?:is |was |has been )?(?:registered|verified|linked|set up|saved) (?:with|on|in|at|for)"
                  r" (?:crowdworks|cw|lancers|coconala|the platform)\b")
SIGN_OWN_ASKED = (r"教え|おしえ|聞か|求め|と言わ|って言わ|送って|くれ|ほしい|欲しい|\b(?:asked|asks|ask|wants?|wanted|needs?"
                  r"|requested|too|also)\b")

# A move of the conversation to an outside tool: move_before_contract when the message also says the contract
# is not made yet ("応募中なんですがチャットワークに招待されました").
MOVES = (rf"{_TOOL}(?:に|へ|で|の)?[^。]{{0,6}}?(?:(?:移行|移動|移)(?:しよう|しましょう|して(?:ほしい|欲しい|ください)|りましょう|ろう"
         r"|りたい|ってほしい|って欲しい|ってください|を提案|と言われ|って言われ)|招待|誘導|(?:話|やり取り|やりとり|連絡)(?:しよう"
         rf"|しましょう|したい|を取りたい)|面談|打ち合わせ|来て|続け|詳しく|説明|話し(?:ます|ましょう)|話そう)|続きは{_TOOL}"
         r"|(?:continue|continuing|move|moving|switch|switching|talk|talking|chat|chatting|go|going|come)"
         rf"(?: the conversation| this)? (?:on|to|over to) {_TOOL}"
         rf"|let'?s (?:continue|move|switch|talk|chat|go) (?:on|to|over to) {_TOOL}|invit\w* (?:me |us )?(?:to|on) {_TOOL}"
         rf"|(?:explain|tell you|talk|discuss)\w* (?:more |everything |the details )?(?:on|over|via) {_TOOL}")

# What an honest client asks about the work (the signs question answered with what the client did ask:
# "she asked for my portfolio and my rate and that's it", 「聞かれたのは納期の希望と、過去の制作物と、希望単価くらいです」).
# A clause made only of these topics and the glue words below reports nothing.
NORMAL_ASKS = (r"\b(?:portfolio|portfolios|(?:hourly )?rates?|charges|price|pricing|quote|availability|available hours"
               r"|hours (?:per|a) week|schedule|deadlines?|timeline|(?:previous|past) works?|(?:work )?samples?|experience"
               r"|cv|resume|skills?|time ?zone|start date|turnaround)\b"
               r"|ポートフォリオ|過去の(?:制作物|実績|作品|仕事)|実績|納期|希望単価|単価|料金|見積(?:もり)?|稼働(?:時間|日数?)"
               r"|作業時間|得意(?:な)?(?:ジャンル|分野)|経験|スキル|スケジュール|修正回数")
NORMAL_ASK_GLUE = (r"\b(?:he|she|they|the client|client|only|just|asked|asks|wanted|wants|requested|inquired|me|about|for|my"
                   r"|his|her|the|a|an|and|or|per|week|what|is|was|also|that'?s (?:it|all)|that is (?:it|all)|sir|no cap)\b"
                   r"|聞かれたのは|聞かれました|聞かれた|聞かれて|確認されました|確認された|質問されました|の希望|希望|の確認|確認"
                   r"|くらい|ぐらい|だけ|です|でした|あとは|について|など|とか|[とやのをはも]|[()（）、。,.&]")

# "None of these" for the warning-signs question: the whole message is made of these words.
NONE: tuple[str, ...] = (
    "なし", "無し", "ない", "ないです", "ありません", "ないっす", "ないよ", "ないです", "特に", "とくに", "何も", "なにも",
    "言われてない", "言われていない", "言われてません", "言われていません", "どれも", "どれもない", "どれでもない",
    "該当なし", "該当しない", "いいえ", "いや", "ううん", "大丈夫", "ね", "です", "よ", "かな",
    "none", "no", "nope", "nah", "nothing", "nothing like that", "none of these", "none of them", "not really",
    "nothing of the sort", "n", "no signs", "all good", "at all", "so far", "nada", "zilch", "ございません",
    "特にございません", "ございませんでした", "wala", "wala po", "all goods", "none po", "all goods po",
    "none of those", "nothing of this", "nothing of that", "no sir", "全然", "一切",
)

# The platform's own notice pasted in (「【クラウドワークス】サービス外連絡申請が承認されました」というメール): what it says
# is read first-hand, not as hearsay.
NOTICE = r"【(?:クラウドワークス|crowdworks|ランサーズ|lancers|ココナラ|coconala)】"
NOTICE_CAME = r"メール|通知|mail|notification|届"  # … as the platform's mail or notification
NOTICE_RELAYED = (r"クライアント|相手|先方|line|ライン|\bclient\b|\bhe\b|\bshe\b|\bthey\b|いわく|言っ|言わ|そうです|らしい"
                  r"|\bclaims?\b|\bsaid\b|\bsays\b|\btold\b")  # … not passed on by someone
# An option word that is part of a set phrase meaning something else ("No worries there." is not "no"): what may
# not follow it.
# A short Japanese option word of a done value (SHORT_WORD_VALUES; kana only, 「した」「されてる」「そうです」, or one
# or two kanji, 「済」「承認」) is the answer only when nothing but these comes before it in its clause (compacted): 「はい、仮払いされてます」 is an
# answer; 「待たされてます」「提案を送りました」「未承認」 are not (a longer statement is read by FACTS).
SHORT_WORD = r"^[ぁ-ゖー]+$|^[一-龯々]{1,2}$"
SHORT_WORD_VALUES = {("escrow", "all"), ("escrow", "current_milestone"), ("contract", "contracted"),
                     ("contact_request", "approved"), ("contact_request", "pending"), ("lancers_contact_request", "done")}
SHORT_WORD_BEFORE = (r"^(?:はい|うん|ええ|やっぱり|やっぱ|いや|ちゃんと|全部|全額|おう|そう|それなら|なら|昨日|きのう|今日|きょう|今朝|けさ|本日|先日|先週|先月|さっき|先ほど|さきほど"
                     r"|とっくに|実は|じつは|もちろん|結局|正式に|無事に|一括で|満額|入金|多分|たぶん|[0-9]+(?:日|週間|か月|ヶ月|時間|分)前に?"
                     r"|先方と|クライアント(?:さん|様)?(?:と|が|に)|(?:今|いま)?(?:見|み)たら|確認したら|見てみたら|もう|既に|すでに|ちゃんと|きちんと|しっかり|無事|ぶじ|一応|いちおう|全部|全額"
                     r"|ばっちり|たしか|確か|それ|そちら|こちら|それも|契約|仮払い|仮払|かりばらい|申請|承認|連絡先公開|今回|今|いま"
                     r"|先方|相手|クライアント(?:さん|様)?|client|は|も|を|が|に|で|から|yes|ok|おk)*$")
NOT_AN_ANSWER: dict[str, str] = {
    "no": r"(?!\s+(?:worries|worry|problems?|issues?|dramas?|biggie|stress|rush|doubt|cap|kidding|bother|longer|matter"
          r"|more)\b)",  # "no longer worried"
    "signed": r"(?!\s+(?:up|in|on|into|off)\b)(?!\s+(?:an?\s+|the\s+|my\s+)?(?:nda|non-disclosure)\b)",
    "we signed": r"(?!\s+(?:up|in|on|into|off)\b)(?!\s+(?:an?\s+|the\s+|my\s+)?(?:nda|non-disclosure)\b)",
    "done": r"(?!\s+(?:nothing|some|any)\b)(?!\s+the (?:chat|interview|call|meeting|test)\b)",
    "paid": r"(?!\s+(?:something|some|a bit|a little|part|half|in part)\b)",  # "done nothing official", "only done the chat"
}
# Said beside a way of saying none ("None of those, honestly"), never one on its own: removed before NONE is compared.
NONE_FILLERS: tuple[str, ...] = ("honestly", "tbh", "to be honest", "ngl", "no cap", "正直", "thankfully", "luckily",
                                 "she'll be right", "no worries", "all clean")

# Whole-message forms of the option numbers: '2', '②', '1,3', '1 と 3', '3番'.
NUMBER_GLUE = r"[\d\s,、.・とand番&]+"
NUMBER_TAIL = r"(?<=[\d番])\s*(?:です|でお願いしま[すー]*|で|にします)[。!！]*$"  # 「1です」「2番でお願いします」

# ---- how far a negation reaches (flows/parse._sign_reading), corrections, "none" said in a sentence ----

_NEG_END = r"(?:ない|無い|ません|ませぬ|なかった|(?<!ー)(?<!は)ず|(?<=は)らへん|なし|無し|ゼロ|皆無|ねぇ|ねえ|ねー|(?<=[もは])(?:にゃあ|にゃー|にゃぁ)|ねかった|とらん|ておらん|とらへん|よらん|(?<=[もん切然])なか|(?<=[てでせさけれ])(?<!くれ)(?:へん|ひん|へんかった|へなんだ)|あらへん)(?:です|でした|っす|よ|ね|な|わ|し|けど|から|かな|ばい|けん|もん|のよ|さ)*"
_AFTER_NEG_END = r"[\s、。,.!！?？…〜~ー・)）」』w笑]*$"
# After a sign, its first predicate ends in a negation and nothing else in it negates or quotes:
# 「口座とか身分証の話は一切出てないです」, 「身分証は求められていません」 (not 「身分証を出さないと仕事できない」).
SIGN_ABSENT_JA = (r"^(?:(?!ないと|なければ|なきゃ|ないなら|ないで|なくて|ないか|なくちゃ|たら|れば|かも"
                  rf"|と思|って思).)*?{_NEG_END}{_AFTER_NEG_END}"
                  # a strong negation going on to the next clause: 「口座の話も一切出てなくて、」「聞かれたこともなく、」
                  r"|^(?![^。]*(?:ざる|きれ|しか|なくはな|ないと|なければ))[^。]*?(?:一切|全然|全く|まったく|何も|なにも"
                  r"|(?:こと|事)も)[^。]{0,10}?(?:なくて|なく)[、,\s]*$")
# Before a sign in its English clause, a negated verb of asking or mentioning that has the sign as its object:
# "she hasn't asked for money or my personal details", "nobody mentioned bank details", "no mention of ID".
EN_ASK = (r"(?:ask|asked|asking|request|requested|mention|mentioned|want|wanted|need|needed|say|said|bring up"
           r"|brought up|raise|raised|talk about|talked about|require|required|demand|demanded|push|pushed|propose"
           r"|proposed|suggest|suggested|offer|offered|hint at|hinted at|bring|brought|send|sent|ping|pinged)")
# A bare list of signs (BARE_LIST) is no list when it has a verb of its own.
LIST_VERB = (rf"\b{EN_ASK}s?\b|\b(?:wants?|must|need|needs|have to|has to|told|pay|buy|send)\b"
             r"|聞かれ|言われ|求められ|頼まれ|提案され|払|買|送")
# The topic of a question the sentence asks (「外部連絡の許可って、どこで取るんですか？」): its words are no answer.
TOPIC_ASKED = r"(?<![いたるすだ])(?:って|とは|というのは|っていうのは)[、,]?\s*$"
SIGN_ABSENT_EN = (
    r"(?:\b(?:has|have|had|did|does|do|was|were|is|are|would|will|could)n't|\b(?:has|have|had|did|does|do|was|were|is"
    r"|are) not|\bnever|\bnot|\bno one|\bnobody|\bnoone)\s+(?:(?:ever|once|even|yet|really|actually|been|has|have|had|did|me|us"
    rf"|him|her|them|once|so far)\s+)*{EN_ASK}\b[\w\s'/&,-]{{0,60}}$"
    r"|\b(?:no|zero|not a single|not one|not any) (?:mention|talk|request|requests|question|questions|word|hint"
    r"|sign|need)s? (?:of|for|about|on|to send|to share|to give)\b[\w\s'/&,-]{0,40}$|\bnothing (?:about|on|regarding|re|involving)\b[\w\s'/&-]{0,40}$"
    r"|\b(?:no|nothing|never|nor|neither|not|without)\s+(?:\w+\s+){0,1}$")
SIGN_ABSENT_EN_AFTER = (
    r"^(?:\s*(?:or|and|nor|/|&)\s+[\w' ]{1,30}?)?\s*(?:(?:was|were|is|are|has been|have been)\s+)?(?:never|not|n't)"
    r"\s+(?:(?:been|once|even)\s+)?(?:asked|requested|mentioned|raised|brought up|an issue|needed|required|involved"
    r"|discussed)\b|^(?:\s*(?:or|and|nor|/|&)\s+[\w' ]{1,30}?)?\s*(?:never|didn't|did not|hasn't|has not|haven't"
    r"|have not) (?:come|came) up|^\s*(?:\?\s*)?(?:nope|not asked|not mentioned|none)\b")
# Near a sign, a hedge, a condition or a question: the sign is checked with a yes/no question.
SIGN_UNSURE = (
    r"\b(?:if|whether|in case|might|may|maybe|perhaps|probably|possibly|could|should i|should we|is it (?:ok|okay"
    r"|safe|normal|fine|usual|common)|is that (?:ok|okay|safe|normal|fine|usual)|do i (?:need|have) to|worried"
    r"|afraid|what if|i think|i guess|not sure|unsure|supposedly|apparently|seems?|any chance|wonder)\b"
    r"|かも|たぶん|多分|おそらく|もし|(?<!見)たら|れば|なら(?!ない|ず)|場合|気がする|気がします|ような|っぽい|みたい|かな|でしょうか|ですか|ますか"
    r"|心配|不安|思う|思います|思って|予定|はず|ですよね|ますよね|よね[?？]|のでしょうか|んでしょうか")
# A negation near a sign (within its clause): the sign is checked unless the negation's reach is clear.
NEGATION_NEAR = (r"\b(?:not|no|never|nor|without|nothing|nobody|none|neither)\b|n't\b|ない|ません|なかった|ず|なし|無し"
                 r"|ねぇ|ねえ|ねー|ねかった|とらん|ておらん|とらへん|よらん")
# Before a sign, a negation only English puts there ("not a…", "didn't ask for…").
NEGATION_BEFORE = r"\b(?:not|no|never|nor|without|nothing|nobody|none|neither)\b|n't\b"
# An invitation or a proposal in a negative form (「直接契約しませんか」「一緒にやらないか」): neither a negation nor a doubt.
INVITATION = r"(?:ませんか|ないか(?!ら)|ないです?か|ない[?？]|ませんかね|ないかな|くれ(?:へん|ひん|ない|ん)(?:か)?[?？]?)|しか[^。、]{0,15}?(?:ない|ません|なかった|ず)"  # and 「…としか言われない」: "only"
# After a sign, a verb of being asked in its linking form (「口座聞かれて教えてない」「身分証を求められ、提出していません」):
# the sign was asked for; what follows is what the person did.
ASKED_THEN = (r"(?:聞かれ|言われ|求められ|頼まれ|提案され|誘われ|要求され|持ちかけられ|勧められ|すすめられ|促され)"
              r"(?:て(?:います|ます|る|いる)?(?=[、,])|て(?=[一-龯])|[、,])")
# The end of the first predicate after a sign: a verb's linking form and a comma (「を求められて、」).
PREDICATE_END = r"(?:て|で|た|し|(?<![ただ])り|く|ず|ば)[、,]"  # not 「求められたり、…たりといったことはありません」
# A correction: what follows replaces what it corrects (in the message, and an earlier answer).
CORRECTION = (
    r"^(?:いや|いえ)(?:[、,!！\s]|$)|訂正|見間違|間違えました|間違えてました|間違いでした|勘違い|やっぱり|やっぱ(?!し)|実は|じつは"
    r"|今見たら|いま見たら|今見た(?!い)|いま見た(?!い)|いまみたら|(?<![しにき])みたら|みてみたら|確認したら|確認してみたら|見てみたら|よく見たら|改めて見|あらためて見|再確認|見直したら|見返し"
    r"|見たら|見ましたら|見ましたところ|拝見(?:いた)?しましたところ|拝見したところ|拝見しましたら|もう一度見|もう一回見|もう1回見|もっかい見|見てもらったら|見てもらいましたら|(?:か)?と思ったら|と思いきや|見てきました|見てきた|確認しました(?:ところ|ら|$|[、。,.!！\s])|確認したところ|確認しましたら|ちょい待ち|ちょい待っ|ちょっと待って|少々お待ち"
    r"|お待ちください|\b(?:lemme|let me) (?:check|look|see)|just looked|(?:ok|okay),? (?:just )?(?:looked|checked|found)"
    r"|found it|i check(?:ed)? (?:the|my)|i look(?:ed)? again|hang on|hold on|\boh,? no\b|\bah,? no\b|no,? sorry"
    r"|\bactually\b|\bwait\b|sorry,? i meant|\bi mean\b|scratch that|\bcorrection\b|on second thought|just checked"
    r"|i(?:'ve| have)? checked|checked again|looked again|double[- ]?checked|having (?:had a )?(?:look|check)|had a look"
    r"|turns out|or so i thought|my bad|my mistake|i was wrong|misread|mis-read|misspoke|ignore (?:what i said|that|my last)"
    r"|\bi(?:'ve| have| had)? (?:mixed (?:it |them |the words |things |that )?up|got (?:it|them|that|the words) mixed)"
    r"|i check now|checking now|\bchecking\W*(?:\.\.\.|…)"
    r"|let me correct|\bupdate:|\bedit:|\bno,? wait\b|scratch (?:what|that|my)|\bi meant\b|\boops\b|\bnvm\b"
    r"|(?:^|[あっ、…,.\s]|いや|いえ|てか)(?:待って|まって)(?![るいおもたく])|(?:^|[あっ、…,.\s]|いや|いえ)(?:違う|ちがう|違った|ちがった"
    r"|違いました|違ってました)|(?:さっき|先ほど|前)の[^。]{0,12}?(?:うそ|嘘)|(?:うそ|嘘)(?:でした|だった)|間違えた|間違ってた"
    r"|間違ってました|まちがえ|失礼(?:いた)?しました|(?:さっき|先ほど|さきほど)[^。]{0,15}?(?:言った|言うた|言いました|書いた|書きました|って言った)(?:けど|が|けれど)|(?:…|^|[、,\s])じゃなかった(?=[、,…\s]|$)|開いたら|開いてみたら|ひらいたら|確認(?:いた)?しましたら|確認いたしましたところ|確認いたしました")
# The words that name a question's subject: a correction naming one whose answer the message does not restate
# ("correction on the escrow — it's NOT done") reopens that question with a yes/no check of the earlier answer.
SUBJECTS: dict[str, str] = {
    "escrow": r"仮払|かりばらい|\bescrow|\bkari-?barai|\bfund(?:ed|ing)?\b|\bdeposit",
    "contract": r"契約|\bcontract\b|\bsign(?:ed|ing)?\b",
    "contact_request": r"サービス外連絡申請|連絡申請|外部連絡申請|off-platform (?:contact )?request|contact request",
    "lancers_contact_request": r"連絡先公開|disclosure request",
}
# A look said not taken, or only promised ("haven't looked", 「確認してまた連絡します」): it confirms no hedge.
LOOK_DENIED = r"n't|\bnot\b|\bnever\b|ない|ません|なかった|また連絡|後で"
# Inside one unpunctuated clause, a correction marker after which only what follows counts: a look already taken
# or an explicit retraction (not "actually", which also strengthens a negation: "it isn't actually funded").
CUT_MARKERS = (r"今見たら|いま見たら|今見た|いま見た|見てみたら|確認したところ|確認しましたところ|確認しましたら|見ましたら"
               r"|見ましたところ|開いてみたら|just (?:looked|checked)|turns out|scratch that|sorry,? i meant|\bi meant\b"
               r"|(?:hold on|let me (?:look|check|see))\W+(?=(?:yeah|yes|yep|ok|okay|it says|it shows|so)\b)"
               r"|\bno,? wait\b|\bwait,? no\b|見間違|間違えました|間違いでした|勘違い|訂正|(?:か)?と思ったら|と思いきや")
# Among corrections, a look already taken (not one promised: "let me check", 「ちょっと待って」): said after a hedge
# with nothing new, it confirms what was hedged.
LOOKED = (r"\bchecking\W*(?:\.\.\.|…)\W*(?:yes|yep|yeah|ok|okay|right)\b|今見た(?!ら)|いま見た(?!ら)|見ました|見てきた|確認した(?!ら)|確認しました|確認いたしました|拝見いたしました"
          r"|just (?:looked|checked)|i(?:'ve| have)? (?:just )?(?:checked|looked)|checked again|looked again"
          r"|double[- ]?checked|had a look|found it|(?:ok|okay),? (?:just )?(?:looked|checked|found)")
# Any word of looking in a message: a hedge followed by a plain statement counts as "a hedge, then what they checked"
# only where the message says they looked (「ちょっと見てきます。……済んでました」, "checked now, yes"); "probably, funded"
# stays a hedge.
LOOK_ANY = (r"見て(?!ない|ません|ないし)|見た(?!い)|見ると|見ました|確認し(?:た|まし)|画面|表示|出て(?:ます|る|い)|通知が|ステータス"
            r"|\b(?:checked|looked|look(?:ing)? at|just check\w*|checking|it says|page says|screen says|shows?|showing|screen"
            r"|page|dashboard|status)\b")
# "None of these" said in a sentence, for the warning-signs question (when no sign is said or checked).
NONE_SAID = (
    r"(?:\bno\b|\bnot\b|n't\b|\bnever\b)[^.?]{0,80}?\bor (?:for |about )?anything (?:like that|of the sort|else like that)\b"
    r"|nothing (?:like that|of the sort|of that|weird|strange|odd|suspicious|unusual|dodgy|fishy|shady|sketchy"
    r"|off|out of the ordinary|like this|of those|of these|on (?:that|the|this) list|from (?:that|the|this) list)"
    r"|none of (?:those|these|that|the above|them|this|the (?:options|list))|no red flags|no (?:weird|strange|odd"
    r"|suspicious|dodgy|unusual|funny) (?:requests?|stuff|things|business)|nothing but \w+"
    rf"|{_START}(?:he|she|they|the client|client)(?:'s|'re| is| are| seems| was|'s been| has been| have been)? (?:very |totally "
    r"|pretty |completely |really |a |an |quite )*(?:normal|professional|nice|fine|legit|friendly|polite|serious|straight"
    r"|honest|genuine|decent|reliable|trustworthy|responsive|kind|good|great|respectful|courteous|helpful|patient)"
    r"(?: (?:man|woman|guy|person|client|one"
    rf"|with me|so far|throughout|about everything|the whole time|all along))*{_END}"
    rf"|{_START}(?![^?？]*[?？])(?:a |an )?(?:very |pretty |really |totally |completely |quite )*(?:normal|professional|nice|friendly|polite"
    rf"|legit|genuine|decent|honest) (?:guy|man|woman|person|client|one|lady|dude|company)(?: so far)?{_END}"
    rf"|{_START}(?![^?？]*[?？])(?:至って|いたって|ごく|すごく|とても|普通に)?(?:普通|ふつう|まとも|丁寧|親切)(?:の|な)(?:人|方|クライアント)(?:さん|様)?(?:です|でした|だよ|っす)?{_END}"
    rf"|{_START}(?:he|she|they|the client|client) (?:only|just) wants?\b(?: to use| to talk on| to move to)? {_TOOL}"
    r"[^.]{0,10}?\b(?:because|since|as|for)\b[^.]{0,12}?"
    r"\b(?:his|her|their|the) (?:team|company|staff|colleagues|workflow|office|designers|developers|members)\b[^.]*$"
    r"|^\W*(?:just|only)\b[^.]{0,30}?\b(?:work|job|project|brief|design|logo|article|deadline|schedule|task|revisions?)\b"
    r"|(?:has|have|had|did|does|is)(?:n't| not)\s+(?:even\s+)?(?:asked|requested|mentioned)\b[^.]{0,30}?\b(?:anything|any of)"
    r"|(?:'s|he|she|they) not (?:even )?asked\b[^.]{0,30}?\banything"
    r"|(?:その点|そちら|そういった(?:点|こと)|特に|とくに)(?:は|も)?[^。]{0,4}?問題(?:は)?(?:ない|ございません|ありません)"
    r"|なんも(?:ない|なか|ねぇ|ねえ|ねー|ねかった|とらん|ておらん|とらへん|よらん|ありません)|(?:そういう|そんな|そういった)(?:の|こと|話)(?:は|も)?(?:特に)?(?:無|な)(?:い|かった|し)"
    r"|特に(?:ございません|ございませんでした)"
    r"|(?:has|have|had|did|does)(?:n't| not) (?:asked|requested|mentioned|said|suggested|proposed) (?:me )?(?:for "
    r"|about )?(?:anything|any of (?:those|these|that|them))|(?:all|everything)(?:'s| is| seems| looks)? (?:normal"
    r"|fine|good|above board|legit|ok|okay|clean)|nothing at all"
    r"|特に(?:何も|なにも)?(?:ない|ありません|なし|無し|言われて|聞かれて|求められて)|(?:何も|なにも)(?:言われて|聞かれて"
    r"|求められて|頼まれて|ない|ありません|なかった)|変な(?:こと|要求|話|依頼|お願い)(?:は|も)?(?:特に)?(?:一切)?(?:ない|なし"
    r"|無し|ありません|されて|言われて|聞かれて)|(?:どれも|いずれも|全部|ぜんぶ|全て|すべて)(?:当てはまら|該当し|違|ない|ありません"
    r"|なし)|該当(?:なし|しない|しません|無し)|当てはまら(?:ない|ず)|当てはまりません|怪しい(?:こと|点|ところ|話)(?:は|も)?"
    r"(?:特に)?(?:ない|なし|無し|ありません)"
    r"|^(?:普通に|ほんまに|本当に|ほんとに|とても|すごく|めっちゃ)?(?:いい|良い|よい|優しい|やさしい|丁寧な|親切な|まともな|誠実な)"
    rf"(?:人|方|かた|クライアント|クライアントさん)(?:です|っす|だ|や|やで|だよ|ですよ|でした)?{_END}")
# A clause that is itself negated ("no money talk", "nobody asked", 「…といったことはございません」): with no sign read
# in it, it reports nothing.
CLAUSE_NEGATED = (rf"^\W*(?:(?:and|but|or|so)\s+)?(?:no|not|never|nothing|none|nobody|no one|neither|nor|zero)\b|n't\b"
                  r"|^\W*(?:(?:and|but|or|so)\s+)?it'?s not like\b"
                  r"|^\W*(?:he|she|they|the client|client)(?:'s|'re| is| are| was| has| have| did| does)?\s+(?:not|never)\b"
                  r"|^\W*(?:he|she|they|the client|client)\s+(?:has |have |had )?(?:made|asked for|raised|mentioned|brought up)"
                  r" (?:no|nothing|none)\b"  # "she has made no request for money"
                  rf"|{_NEG_END}{_AFTER_NEG_END}")
# "Nothing else", 「それ以外は特にない」: an answer to the signs question that points back to something said before
# is not "none" (the options are shown again, with what was noted ticked).
REFERS_BACK = (r"\b(?:else|other|apart from|besides|except|beyond|aside from|on top of|already said"
               r"|i said|i told(?: you)?|i mentioned|i wrote)\b|以外|ほか(?:に|は)|他(?:に|は)|さっき|先ほど|上記|前述|上で|最初に(?:言|書)|くらい(?!あんと)|ぐらい")
