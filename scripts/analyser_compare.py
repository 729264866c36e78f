"""Issue 19's analyser trial, reproducible: the reader with and without a Japanese morphological analyser
(SudachiPy, SplitMode C, sudachidict_core). The integration tried lives here, not in flows/ (it did not improve
the held-out scores; see the commit message), and is applied to flows.parse at run time in "with" mode:

- a fallback re-read: when the tables place no answer to the question asked, the message is rewritten into plain
  forms (honorific and humble verbs to plain ones: くださって->くれて, おります->います, ございません->ありません,
  存じ上げません->知りません, おっしゃって->言って; colloquial てる/てた->ている/ていた, 知らん->知らない; degree and manner
  adverbs dropped: 「評価が少しある」->「評価がある」) and read again; its answer, facts and signs are added;
- the reach of a negation after a warning sign: the first predicate after the sign ends where a verb, adjective
  or auxiliary in a finite form is followed by a particle (「ライン交換しよって言われた|くらい 口座とかは聞かれてない」),
  so a later negation governs something else.

    pip install sudachipy sudachidict_core
    python scripts/analyser_compare.py            # cold start, RSS, µs per read and the dev figures, both ways
    python scripts/analyser_compare.py --runs 9   # more cold starts

Only the dev halves are scored (the held-out halves are scored once, at the end of a change, by hand:
`python scripts/analyser_compare.py --child with tests.conversation_eval --heldout`).
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import runpy
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve()

# ---- the analyser and the integration tried ----

_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@functools.cache
def _tokenizer() -> Any | None:
    try:
        from sudachipy import Dictionary, SplitMode
    except ImportError:
        return None
    dictionary = Dictionary(dict="core")
    make = getattr(dictionary, "tokenizer", None) or dictionary.create  # create: SudachiPy before 0.7
    return make(SplitMode.C)


class Morph:
    __slots__ = ("surface", "lemma", "pos", "form")

    def __init__(self, m: Any) -> None:
        pos = m.part_of_speech()
        self.surface, self.lemma, self.pos, self.form = m.surface(), m.dictionary_form(), pos[0], pos[5]


@functools.lru_cache(maxsize=1024)
def morphs(text: str) -> tuple[Morph, ...]:
    tok = _tokenizer()
    return tuple(Morph(m) for m in tok.tokenize(text)) if tok is not None and text else ()


# Adverbs that carry what the tables read (time, negation, hedges, "none"): never dropped.
_KEEP_ADVERBS = frozenset((
    "まだ", "未だ", "もう", "既に", "すでに", "全然", "ぜんぜん", "一度も", "たぶん", "多分", "おそらく", "恐らく", "きっと", "特に",
    "とくに", "一切", "全く", "まったく", "何も", "なにも", "先に", "後で", "あとで", "今", "いま", "これから", "今から", "そのうち",
    "もうすぐ", "すぐ", "直接", "まず", "最初", "実は", "じつは", "やっぱり", "やっぱ", "結局", "いまだに", "今も", "ずっと", "一回も",
    "少なくとも", "ただ", "単に", "別に", "べつに", "絶対", "必ず"))
_KUDASARU = {"くださっ": "くれ", "ください": "くれ", "くださる": "くれる", "くださら": "くれ", "くだされ": "くれれ",
             "下さっ": "くれ", "下さい": "くれ", "下さる": "くれる", "下さら": "くれ"}
# Honorific and humble verbs, by their stem as conjugated: the plain verb's stem for the same ending.
_PLAIN_STEMS = {
    "くださる": _KUDASARU, "下さる": _KUDASARU,
    "おる": {"おり": "い", "おっ": "い", "おる": "いる", "おら": "い", "おれ": "いれ"},
    "ござる": {"ござい": "あり", "ござる": "ある"},
    "おっしゃる": {"おっしゃっ": "言っ", "おっしゃい": "言い", "おっしゃる": "言う", "おっしゃら": "言わ"},
    "仰る": {"仰っ": "言っ", "仰い": "言い", "仰る": "言う", "仰ら": "言わ"},
    "存じ上げる": {"存じ上げ": "知り", "存じ上げる": "知る"},
    "存ずる": {"存じ": "知り"},
    "存じる": {"存じ": "知り"},
}


@functools.lru_cache(maxsize=256)
def rewrite(text: str) -> str:
    """The text in the plain forms the tables read (the text itself when nothing changes)."""
    if not _JAPANESE.search(text):
        return text
    out: list[str] = []
    ms = morphs(text)
    for i, m in enumerate(ms):
        s, prev = m.surface, (ms[i - 1] if i else None)
        if m.pos == "副詞" and s not in _KEEP_ADVERBS and m.lemma not in _KEEP_ADVERBS:
            continue
        stems = _PLAIN_STEMS.get(m.lemma)
        if stems and m.pos == "動詞" and s in stems and (m.lemma not in ("おる", "くださる", "下さる")
                                                         or (prev is not None and prev.surface in ("て", "で"))):
            s = stems[s]
        elif m.lemma in ("てる", "でる") and m.pos == "助動詞":  # 「通ってる」「してた」: the て of ている
            t = m.lemma[0]
            s = t + "いる" if s == m.lemma else t + "い" + s[1:] if s.startswith(t) else s
        elif m.lemma == "ぬ" and s == "ん" and not (prev is not None and prev.lemma == "ます"):
            s = "ない"  # 「知らん」
        out.append(s)
    return "".join(out)


_FINITE = ("終止形", "連体形")
_GOES_ON = ("って", "と", "か", "の", "ん", "よ", "ね", "わ", "な", "し", "けど", "けれど", "から", "が", "ので", "のに")


@functools.lru_cache(maxsize=1024)
def predicate_end(after: str) -> int | None:
    """Where the first predicate of `after` (the text after a sign) ends, in characters; None when not found."""
    if not _JAPANESE.search(after):
        return None
    ms = morphs(after)
    at, seen = 0, False
    for i, m in enumerate(ms):
        at += len(m.surface)
        seen = seen or m.pos in ("動詞", "形容詞", "助動詞")
        if not seen or not m.form.startswith(_FINITE):
            continue
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if nxt is None:
            return None
        if nxt.pos == "助動詞" or nxt.surface in _GOES_ON:
            continue  # 「…ないです」, a quote, a question, a reason: the predicate goes on
        if nxt.pos in ("助詞", "空白"):  # not a noun: 「求められたこと(は)ございません」 goes on to its own predicate
            return at
    return None


def patch() -> None:
    """Apply the integration to flows.parse (this process only)."""
    from flows import parse

    original_read, original_predicate = parse.read_message, parse._first_predicate

    def first_predicate(after: str) -> str:
        cut = parse._PREDICATE_END.search(after)
        end = cut.end() if cut else len(after)
        finite = predicate_end(after[:end])
        return after[:finite] if finite is not None and finite < end else original_predicate(after)

    def read_message(text: str, question: str | None = None, offered: Any = None, lang: str | None = None) -> Any:
        reading = original_read(text, question, offered, lang)
        if reading.command is not None or reading.values is not None or question is None:
            return reading
        head = text[:parse.READ_CHARS]
        plain = rewrite(head)
        if plain == head:
            return reading
        again = original_read(plain, question, offered, lang)
        if again.values is None or again.command is not None:
            return reading
        signs = [s for s in parse._SIGN_ORDER if s in reading.signs or s in again.signs]
        doubts = [d for d in dict.fromkeys([*reading.doubts, *again.doubts]) if d[1] not in signs]
        return parse.Reading(values=again.values, facts={**again.facts, **reading.facts}, signs=signs,
                             sure=again.sure, doubts=doubts, corrects=reading.corrects or again.corrects)

    parse.read_message, parse._first_predicate = read_message, first_predicate


# ---- the comparison ----

COLD = "import flows.parse; flows.parse.read('仮払いは済んでます', 'escrow')"
# a read the tables cannot place, so the analyser (loaded lazily, on first need) is loaded and used
COLD_LOADED = "import flows.parse; flows.parse.read('払ってもらってる', 'escrow')"
PER_READ = """
import time, yaml
from pathlib import Path
from flows import parse
msgs = []
for p in sorted(Path('tests/data/fresh').glob('*_dev.yaml')):
    for item in yaml.safe_load(p.read_text(encoding='utf-8')) or []:
        msgs.append((item['first'], None))
        msgs += [(str(t), q) for q, t in (item.get('answers') or {}).items()]
parse.read('仮払いは済んでます', 'escrow')
for rnd in ('cold', 'warm'):
    parse._READINGS.clear()
    t = time.perf_counter()
    for text, q in msgs:
        parse.read(text, q)
    print(rnd, len(msgs), (time.perf_counter() - t) / len(msgs) * 1e6)
"""
PRELUDE = {"without": "", "with": f"import sys; sys.path.insert(0, {str(HERE.parent)!r}); import analyser_compare; "
                                   "analyser_compare.patch(); "}


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def cold_start(mode: str, runs: int, code: str) -> tuple[float, float]:
    """Median wall time (s) and peak RSS (MiB) of a fresh process that imports the reader and reads once."""
    times, rss = [], []
    for _ in range(runs):
        t = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", PRELUDE[mode] + code], cwd=ROOT, env=_env())
        _, status, usage = os.wait4(proc.pid, 0)
        times.append(time.perf_counter() - t)
        rss.append(usage.ru_maxrss / 1024)
        assert status == 0, status
    return statistics.median(times), statistics.median(rss)


def per_read(mode: str) -> str:
    out = subprocess.run([sys.executable, "-c", PRELUDE[mode] + PER_READ], cwd=ROOT, env=_env(), capture_output=True,
                         text=True, check=True).stdout
    return ", ".join(f"{r} {float(us):.0f} µs" for r, n, us in (line.split() for line in out.splitlines()))


def evals(mode: str) -> list[str]:
    lines = []
    for module, keep in (("tests.conversation_eval", ("acceptable", "safer than", "more alarming", "re-asks",
                                                      "confirmations")),
                         ("tests.signs_eval", ("==",)), ("tests.reading_eval", ("all ", "UNSAFE"))):
        out = subprocess.run([sys.executable, str(HERE), "--child", mode, module], cwd=ROOT, env=_env(),
                             capture_output=True, text=True, check=True).stdout
        out = out.split("== held-out")[0]  # reading_eval: the tuning part only
        lines += [f"  {module.split('.')[1]}: {line.strip()}" for line in out.splitlines()
                  if any(line.strip().startswith(k) for k in keep)]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-evals", action="store_true")
    parser.add_argument("--child", nargs="+", metavar=("MODE", "MODULE"),
                        help="run one eval module (and its arguments) without or with the analyser")
    args, rest = parser.parse_known_args()
    if args.child:
        mode, module, *argv = args.child + rest
        if mode == "with":
            patch()
        sys.argv = [module, *argv]
        runpy.run_module(module, run_name="__main__")
        return 0
    # probed in a child: a dictionary loaded here would count in every child's peak RSS (fork copies it)
    if subprocess.run([sys.executable, "-c", "import sudachipy, sudachidict_core"], capture_output=True).returncode:
        print("the analyser is not installed: pip install sudachipy sudachidict_core")
        return 1
    for mode in PRELUDE:
        print(f"== {mode} the analyser")
        seconds, mib = cold_start(mode, args.runs, COLD)
        print(f"  cold start {seconds:.3f} s (median of {args.runs}), peak RSS {mib:.1f} MiB")
        seconds, mib = cold_start(mode, args.runs, COLD_LOADED)
        print(f"  cold start, a read that needs the analyser: {seconds:.3f} s, peak RSS {mib:.1f} MiB")
        print(f"  per read over the dev messages: {per_read(mode)}")
        if not args.no_evals:
            print("\n".join(evals(mode)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
