"""The DPO recipe: the preference export loads with `datasets`, and TRL trains on it.

The export rows here are written in TRL's conversational preference shape, as
`loremaster export preferences --format dpo` writes them. Training runs on the
tiny random model on the CPU; the tests that need TRL skip where the `train`
extra is not installed.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bot.training.train_dpo import main
from tests.conftest import REPO

SYSTEM = {"role": "system", "content": "You narrate for Ana and Bo. Never speak for them."}
PAIRS = [
    ("Ana draws her sword.", "The goblin laughs in the dark tavern.",
     "Ana: I cut the goblin down and laugh."),
    ("Bo lights a torch.", "Shadows move behind the curtain.",
     "Bo: I light the torch and run to the tower!"),
    ("Ana opens the door.", "A cold wind blows through the hall.",
     "Ana: I step through the door and smile."),
    ("Bo looks at the dragon.", "The dragon sleeps on gold.",
     "Bo: I wake the dragon and shout at it."),
]


def dpo_row(action: str, chosen: str, rejected: str) -> dict[str, Any]:
    return {
        "prompt": [SYSTEM, {"role": "user", "content": action}],
        "chosen": [{"role": "assistant", "content": chosen}],
        "rejected": [{"role": "assistant", "content": rejected}],
    }


def write_export(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


@pytest.fixture
def export(tmp_path: Path) -> Path:
    return write_export(tmp_path / "dpo.jsonl", [dpo_row(*pair) for pair in PAIRS])


def test_the_export_loads_with_datasets_as_conversations(export: Path, tmp_path: Path) -> None:
    datasets = pytest.importorskip("datasets")
    loaded = datasets.load_dataset("json", data_files=str(export), split="train",
                                   cache_dir=str(tmp_path / "datasets-cache"))
    assert loaded.num_rows == len(PAIRS)
    assert set(loaded.column_names) == {"prompt", "chosen", "rejected"}
    first = loaded[0]
    assert first["prompt"] == [SYSTEM, {"role": "user", "content": PAIRS[0][0]}]
    assert first["chosen"] == [{"role": "assistant", "content": PAIRS[0][1]}]
    assert first["rejected"] == [{"role": "assistant", "content": PAIRS[0][2]}]


def preference_margin(folder: Path) -> float:
    """Summed log-probability of the chosen narrations minus that of the rejected ones.

    Both continue the same prompt, so the prompt's tokens cancel out."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(folder)
    model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32).eval()

    def logprob(messages: list[dict[str, str]]) -> float:
        encoded = tokenizer.apply_chat_template(messages, tokenize=True, return_tensors="pt",
                                                return_dict=True)
        ids = encoded["input_ids"]
        with torch.no_grad():
            logits = model(input_ids=ids).logits[:, :-1]
        picked = torch.log_softmax(logits, -1).gather(-1, ids[:, 1:, None])
        return float(picked.sum())

    rows = [dpo_row(*pair) for pair in PAIRS]
    return sum(logprob(r["prompt"] + r["chosen"]) - logprob(r["prompt"] + r["rejected"])
               for r in rows)


def test_a_dpo_pass_moves_the_model_toward_the_chosen_narrations(
    export: Path, tiny_model_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("trl")
    pytest.importorskip("datasets")
    # One more pair whose prompt alone is longer than --max-length: TRL leaves it out.
    long_prompt = dpo_row("Ana waits. " * 200, "The bell tolls.", "Ana: I wait.")
    with export.open("a", encoding="utf-8") as file:
        file.write(json.dumps(long_prompt) + "\n")
    output = tmp_path / "trained"
    code = main([str(export), "--model", str(tiny_model_dir), "--output", str(output),
                 "--steps", "2", "--lr", "1e-3", "--batch-size", "2", "--max-length", "256",
                 "--device", "cpu"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert f"trained 2 steps on {len(PAIRS)} pairs (cpu)" in out
    assert f"1 of {len(PAIRS) + 1} pairs were left out" in out
    margin = re.search(r"reward margin ([-+][0-9.]+)", out)
    assert margin and float(margin.group(1)) > 0, "TRL logged no preference for the chosen"
    # The saved model loads on its own and prefers the chosen narrations more than before.
    assert preference_margin(output) > preference_margin(tiny_model_dir)


@pytest.mark.parametrize(("row", "says"), [
    ({"prompt": [SYSTEM], "chosen": [{"role": "assistant", "content": "x"}]}, "missing rejected"),
    ({**dpo_row(*PAIRS[0]), "chosen": [{"role": "user", "content": "x"}]},
     "chosen must be one assistant message"),
    ({**dpo_row(*PAIRS[0]), "prompt": "Ana draws"}, "prompt must be a non-empty list"),
])
def test_a_bad_export_is_refused_naming_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], row: dict[str, Any], says: str
) -> None:
    export = write_export(tmp_path / "dpo.jsonl", [dpo_row(*PAIRS[0]), row])
    code = main([str(export), "--model", str(tmp_path), "--output", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{export}:2" in err and says in err
    assert not (tmp_path / "out").exists()


def test_without_the_train_extra_the_command_says_what_to_install(export: Path,
                                                                  tmp_path: Path) -> None:
    # A child process in which TRL cannot be imported, as where the extra is missing.
    script = ("import sys; sys.modules['trl'] = None; sys.modules['datasets'] = None\n"
              "from bot.training.train_dpo import main\n"
              f"sys.exit(main([{str(export)!r}, '--model', {str(tmp_path)!r}, "
              f"'--output', {str(tmp_path / 'out')!r}]))")
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2
    assert "pip install -e '.[train]'" in done.stderr
    assert "Traceback" not in done.stderr


def test_prompts_longer_than_max_length_are_refused_in_one_line(
    export: Path, tiny_model_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """TRL drops every pair whose prompt fills --max-length; with none left the run must
    say why instead of failing deep in the data loader."""
    pytest.importorskip("trl")
    pytest.importorskip("datasets")
    output = tmp_path / "trained"
    code = main([str(export), "--model", str(tiny_model_dir), "--output", str(output),
                 "--steps", "1", "--max-length", "8", "--device", "cpu"])
    err = capsys.readouterr().err
    assert code == 2
    assert f"all {len(PAIRS)} pairs" in err and "--max-length 8" in err
    assert not (output / "model.safetensors").exists()
