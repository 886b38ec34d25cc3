"""Publisher boilerplate removal driven by rules in `boilerplate_rules.json`.

Adding a publisher means adding rules to that file, not code: the file lists generic
rules and per-publisher rules, each named, each of one kind (exact line, line prefix,
line regex, glued phrase, start/end span, cut regex, or multi-line block; the file's
`about` describes them). All rules apply to every document, because boilerplate also
turns up in re-published or scraped copies; the publisher whose rules fire most is
reported as the document's publisher.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

RULES_FILE = Path(__file__).with_name("boilerplate_rules.json")

_KINDS = ("exact", "prefix", "line_regex", "phrase", "span", "cut", "block")
_EDGE_PUNCT = " \t.,:;!?|•·-–—…\"'“”‘’()[]"
_HAS_WORD = re.compile(r"[^\W_]")
_MULTISPACE = re.compile(r" {2,}")
_SENTENCE_GAP = re.compile(r"[.!?…\"”’)\]]+ *")
_FLAGS = re.IGNORECASE


def _literal(text: str) -> str:
    """Regex for literal text, tolerant of apostrophe style and spacing."""
    out = []
    for part in re.split(r"(\s+|['’‘`])", text.strip()):
        if not part:
            continue
        if part.isspace():
            out.append(r"\s+")
        elif part in "'’‘`":
            out.append("['’‘`]")
        else:
            out.append(re.escape(part))
    return "".join(out)


def _key(line: str) -> str:
    """Comparison key for exact-line rules: case and edge punctuation ignored."""
    return " ".join(line.strip(_EDGE_PUNCT).casefold().split())


@dataclass(frozen=True)
class Rule:
    """A rule's identity: its name, its kind, and the publisher it belongs to (None: generic)."""

    name: str
    kind: str
    publisher: str | None


@dataclass(frozen=True)
class _Block:
    rule: Rule
    start: re.Pattern[str]
    end: re.Pattern[str]
    max_lines: int


@dataclass(frozen=True)
class RuleSet:
    """Compiled rules: one combined regex per kind, so each line is scanned a few times only."""

    rules: tuple[Rule, ...]
    exact: dict[str, Rule]
    prefix: re.Pattern[str] | None
    line_regex: re.Pattern[str] | None
    phrases: re.Pattern[str] | None  # phrase and span rules, tried where sentences start
    cut: re.Pattern[str] | None
    blocks: tuple[_Block, ...]
    groups: dict[str, Rule]  # regex group name -> rule


@dataclass(frozen=True)
class Stripped:
    """Text without boilerplate, the rules that fired (name -> count), and the publisher
    those rules point to."""

    text: str
    fired: dict[str, int]
    publisher: str | None


def _as_list(value: object, rule_name: str) -> list[str]:
    values = [value] if isinstance(value, str) else value
    if not (isinstance(values, list) and values
            and all(isinstance(v, str) and v.strip() for v in values)):
        raise ValueError(f"boilerplate rule {rule_name}: expected a string or a list of strings")
    return values


def _alternation(parts: list[tuple[str, str]]) -> re.Pattern[str] | None:
    if not parts:
        return None
    return re.compile("|".join(f"(?P<{group}>{pattern})" for group, pattern in parts), _FLAGS)


def compile_rules(spec: dict) -> RuleSet:
    """Check and compile a rules document (the structure of `boilerplate_rules.json`).

    Raises ValueError naming the offending rule, so a bad rules file fails at import.
    """
    entries: list[tuple[dict, str | None]] = [(r, None) for r in spec.get("generic", [])]
    for publisher in spec.get("publishers", []):
        entries += [(r, publisher["name"]) for r in publisher.get("rules", [])]
    rules: list[Rule] = []
    exact: dict[str, Rule] = {}
    prefix, line_regex, phrases, cut, blocks = [], [], [], [], []
    groups: dict[str, Rule] = {}
    for index, (entry, publisher) in enumerate(entries):
        name = entry.get("name")
        kinds = [k for k in _KINDS if k in entry]
        if not name or len(kinds) != 1:
            raise ValueError(
                f"boilerplate rule {name or index}: needs a name and exactly one of {_KINDS}")
        if any(r.name == name for r in rules):
            raise ValueError(f"boilerplate rule {name}: duplicate name")
        kind = kinds[0]
        rule = Rule(name=name, kind=kind, publisher=publisher)
        rules.append(rule)
        group = f"r{index}"
        groups[group] = rule
        value = entry[kind]
        try:
            if kind == "exact":
                exact.update({_key(v): rule for v in _as_list(value, name)})
            elif kind == "prefix":
                prefix.append((group, "|".join(_literal(v) for v in _as_list(value, name))))
            elif kind == "line_regex":
                line_regex.append((group, re.compile(value, _FLAGS).pattern))
            elif kind == "phrase":
                alternatives = "|".join(_literal(v) for v in _as_list(value, name))
                phrases.append((group, rf"(?:{alternatives})\s*"))
            elif kind == "span":
                start, end = _literal(value["start"]), _literal(value["end"])
                phrases.append((group, rf"{start}.*?{end}\s*"))
            elif kind == "cut":
                cut.append((group, re.compile(value, _FLAGS).pattern))
            else:
                blocks.append(_Block(
                    rule=rule,
                    start=re.compile(_literal(value["start"]), _FLAGS),
                    end=re.compile(_literal(value["end"]), _FLAGS),
                    max_lines=int(value.get("max_lines", 10)),
                ))
        except (re.error, KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"boilerplate rule {name}: {exc!r}") from exc
    return RuleSet(
        rules=tuple(rules),
        exact=exact,
        prefix=_alternation(prefix),
        line_regex=_alternation(line_regex),
        phrases=_alternation(phrases),
        cut=_alternation(cut),
        blocks=tuple(blocks),
        groups=groups,
    )


def load_rules(path: Path = RULES_FILE) -> RuleSet:
    """Compile the rules in a JSON rules file."""
    return compile_rules(json.loads(path.read_text(encoding="utf-8")))


DEFAULT_RULES = load_rules()


def _drop_blocks(lines: list[str], rules: RuleSet, fired: Counter[Rule]) -> list[str]:
    """Remove multi-line runs opened by a block rule's start line and closed by its end."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        opened = next(((b, m) for b in rules.blocks if (m := b.start.match(lines[i]))), None)
        if opened is None:
            out.append(lines[i])
            i += 1
            continue
        block, start = opened
        fired[block.rule] += 1
        for j in range(i, min(i + block.max_lines + 1, len(lines))):
            end = block.end.search(lines[j], start.end() if j == i else 0)
            if end:
                rest = lines[j][end.end():].strip()
                if rest:
                    out.append(rest)
                i = j + 1
                break
        else:  # no end in reach: only the start line is known to be boilerplate
            i += 1
    return out


def _cut_phrases(line: str, rules: RuleSet, fired: Counter[Rule]) -> str:
    """Cut phrase and span rules out of a line, trying them only where a sentence starts
    (line start, or after sentence punctuation, with or without a space): that is where
    glued boilerplate sits, and it keeps the scan cheap."""
    kept: list[str] = []
    last = 0
    for start in chain((0,), (m.end() for m in _SENTENCE_GAP.finditer(line))):
        if start < last or not (m := rules.phrases.match(line, start)):
            continue
        fired[rules.groups[m.lastgroup]] += 1
        kept.append(line[last:start])
        last = m.end()
    if not kept:
        return line
    kept.append(line[last:])
    return " ".join(part.strip() for part in kept if part.strip())


def _clean_line(line: str, rules: RuleSet, fired: Counter[Rule]) -> str:
    """The line with boilerplate cut out; "" when nothing of it should remain."""
    if rules.phrases is not None:
        line = _cut_phrases(line, rules, fired)
    if rules.cut is not None:
        def note(m: re.Match[str]) -> str:
            fired[rules.groups[m.lastgroup]] += 1
            return " "
        cut, count = rules.cut.subn(note, line)
        if count:
            line = _MULTISPACE.sub(" ", cut).strip()
    if not _HAS_WORD.search(line):
        return ""
    rule = rules.exact.get(_key(line))
    if rule is None and rules.prefix is not None and (m := rules.prefix.match(line)):
        rule = rules.groups[m.lastgroup]
    if rule is None and rules.line_regex is not None and (m := rules.line_regex.fullmatch(line)):
        rule = rules.groups[m.lastgroup]
    if rule is not None:
        fired[rule] += 1
        return ""
    return line


def strip_boilerplate(text: str, rules: RuleSet = DEFAULT_RULES) -> Stripped:
    """Remove boilerplate lines and glued boilerplate sentences, keeping paragraph breaks.

    A line that only loses glued boilerplate keeps its real text ("...makes all the
    difference.Vladimir Putin's forces..." keeps the sentence about Putin's forces).
    """
    fired: Counter[Rule] = Counter()
    lines = text.split("\n")
    if rules.blocks:
        lines = _drop_blocks(lines, rules, fired)
    out = []
    for line in lines:
        if not line.strip():
            out.append("")
        elif cleaned := _clean_line(line, rules, fired):
            out.append(cleaned)
    votes: Counter[str] = Counter()
    for rule, count in fired.items():
        if rule.publisher:
            votes[rule.publisher] += count
    publisher = max(sorted(votes), key=votes.__getitem__) if votes else None
    return Stripped(
        text="\n".join(out).strip("\n"),
        fired={rule.name: count for rule, count in fired.items()},
        publisher=publisher,
    )
