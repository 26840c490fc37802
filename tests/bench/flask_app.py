"""The seed's stack for the HTTP benchmark: a Flask app with the one route the
benchmark hits, served by gunicorn (2 sync workers) from Debian's packages.

    MOOSE_FACTS_FILE=server/data/moose-facts.json \
        gunicorn --workers 2 --chdir tests/bench flask_app:app

It answers GET /api/facts/random with a random fact from the same JSON file
moosefacts serves, as {"id", "text", "topic"} through jsonify, the way the
seed did. It is a benchmark peer only, not part of Antler.
"""

import json
import os
import random

from flask import Flask, jsonify

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FACTS = os.path.join(HERE, "..", "..", "server", "data", "moose-facts.json")


def load_facts(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    items = data["facts"] if isinstance(data, dict) else data
    facts = []
    for item in items:
        # Same fields as moosefacts serializes: id, text, and topic when set.
        fact = {"id": int(item["id"]), "text": str(item["text"]).strip()}
        topic = str(item.get("topic", "")).strip()
        if topic:
            fact["topic"] = topic
        facts.append(fact)
    if not facts:
        raise SystemExit(f"{path}: no facts")
    return facts


FACTS = load_facts(os.environ.get("MOOSE_FACTS_FILE", DEFAULT_FACTS))

app = Flask(__name__)


@app.route("/api/facts/random", methods=["GET"])
def random_fact():
    return jsonify(random.choice(FACTS))
