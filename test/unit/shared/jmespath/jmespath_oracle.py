"""The reference side of the JMESPath differential test: jmespath.py as the AWS CLI runs it.

Reads JSON lines {"expression": str, "document": <JSON text>} on stdin and writes one JSON line
per case, in order:
  {"ok": value, "flags": [...]}             the search result
  {"error": "syntax", "message": str}        jmespath.compile raised a JMESPathError
  {"error": "runtime", "message": str, "flags": [...]}
                                             .search raised anything (JMESPathError, TypeError...)
  {"error": "compile-crash", "message": str} jmespath.compile raised something else
  {"unserializable": str}                    the result holds a non-JSON value (an expref)
Non-finite floats in a result are written as {"\u0000float": "NaN" | "Infinity" | "-Infinity"},
which JSON cannot carry. `flags` names the to_string() calls whose output JavaScript cannot
reproduce (see number_repr_ambiguous).

Run with Debian's /usr/bin/python3, which has jmespath 1.0.1 (the AWS CLI's version).
"""
import json
import math
import sys

import jmespath
from jmespath import exceptions, functions
from jmespath.visitor import Options

NONFINITE_TAG = "\u0000float"


class Unserializable(Exception):
    pass


def encode(value):
    if value is None or isinstance(value, (bool, str, int)):
        return value
    if isinstance(value, float):
        if math.isnan(value):
            return {NONFINITE_TAG: "NaN"}
        if math.isinf(value):
            return {NONFINITE_TAG: "Infinity" if value > 0 else "-Infinity"}
        return value
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {k: encode(v) for k, v in value.items()}
    raise Unserializable(type(value).__name__)


def number_repr_ambiguous(value):
    """True where json.dumps writes a number JavaScript cannot tell apart: a whole float (1.0,
    -0.0) that a JS number prints as an int, or an int of 16+ digits that it prints with an
    exponent."""
    if isinstance(value, bool):
        return False
    if isinstance(value, float):
        return math.isfinite(value) and value.is_integer()
    if isinstance(value, int):
        return abs(value) >= 10**16
    if isinstance(value, list):
        return any(number_repr_ambiguous(v) for v in value)
    if isinstance(value, dict):
        return any(number_repr_ambiguous(v) for v in value.values())
    return False


def holds_object(value):
    """True where the value holds something that is no JSON (an expref)."""
    if isinstance(value, list):
        return any(holds_object(v) for v in value)
    if isinstance(value, dict):
        return any(holds_object(v) for v in value.values())
    return not isinstance(value, (str, int, float, bool, type(None)))


FLAGS = []


class ProbedFunctions(functions.Functions):
    """jmespath.py's functions unchanged; to_string() also notes what it was given."""

    @functions.signature({"types": []})
    def _func_to_string(self, arg):
        if number_repr_ambiguous(arg):
            FLAGS.append("to_string-number-repr")
        if holds_object(arg):
            # json.dumps(default=str) writes the object's repr, with its memory address.
            FLAGS.append("to_string-object-repr")
        return super()._func_to_string(arg)


OPTIONS = Options(custom_functions=ProbedFunctions())


def run(expression, document):
    try:
        compiled = jmespath.compile(expression)
    except exceptions.JMESPathError as e:
        return {"error": "syntax", "message": "%s: %s" % (type(e).__name__, e)}
    except Exception as e:  # noqa: BLE001 - reported, never hidden
        return {"error": "compile-crash", "message": "%s: %s" % (type(e).__name__, e)}
    del FLAGS[:]
    try:
        result = compiled.search(document, options=OPTIONS)
    except Exception as e:  # noqa: BLE001 - any exception during search is a runtime error
        message = "%s: %s" % (type(e).__name__, e)
        return {"error": "runtime", "message": message, "flags": sorted(set(FLAGS))}
    try:
        return {"ok": encode(result), "flags": sorted(set(FLAGS))}
    except Unserializable as e:
        return {"unserializable": str(e)}


def main():
    out = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        case = json.loads(line)
        outcome = run(case["expression"], json.loads(case["document"]))
        out.write(json.dumps(outcome) + "\n")
    out.flush()


if __name__ == "__main__":
    main()
