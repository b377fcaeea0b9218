"""`loremaster train dpo EXPORT --model M --output DIR`: one DPO pass with TRL on a
preference export (`loremaster export preferences --format dpo`).

Runs on a GPU when there is one (bf16 where supported) and on the CPU otherwise
(fp32: slow, but enough for a small model or a smoke test). Needs the `train`
extra: pip install -e '.[train]'. Also runnable as `python -m bot.training.train_dpo`.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.training.model_source import ModelSourceError, resolve_local
from bot.training.preference_rows import ExportError, read_dpo_export

TRAIN_EXTRA_HINT = "DPO training needs TRL and datasets: pip install -e '.[train]'"


class TrainingError(ValueError):
    """A run that cannot train as asked; the message says which option to change."""


@dataclass(frozen=True)
class DPOOptions:
    # CPU-safe defaults: a short pass with a small batch; raise them on a GPU.
    steps: int = 50
    learning_rate: float = 5e-6
    beta: float = 0.1
    batch_size: int = 2
    grad_accum: int = 1
    max_length: int = 1024
    device: str = "auto"
    seed: int = 0
    activation_checkpointing: bool = False


@dataclass(frozen=True)
class DPOResult:
    steps: int
    pairs: int
    kept: int  # pairs left after TRL dropped those whose prompt fills max_length
    device: str
    final_loss: float
    # The last logged chosen-minus-rejected reward: above 0 means the policy now
    # prefers the chosen narrations more than the reference model does.
    reward_margin: float
    output: Path


def train_dpo(export: Path, model_folder: Path, output: Path, options: DPOOptions) -> DPOResult:
    """Train and save the policy and its tokenizer into `output`. Raises ExportError on a
    bad export and ImportError when the `train` extra is missing."""
    rows = read_dpo_export(export)
    import torch
    from datasets import Dataset
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from trl import DPOConfig, DPOTrainer

    if options.device == "cuda" and not torch.cuda.is_available():
        raise TrainingError("--device cuda: this machine shows no CUDA GPU")
    on_gpu = options.device == "cuda" or (options.device == "auto" and torch.cuda.is_available())
    bf16 = on_gpu and torch.cuda.is_bf16_supported()
    # In memory from the checked rows: no Arrow cache written under the user's home.
    dataset = Dataset.from_list(rows)
    tokenizer = AutoTokenizer.from_pretrained(model_folder)
    if tokenizer.pad_token is None:  # batches need padding; the end token serves
        tokenizer.pad_token = tokenizer.eos_token
    # fp32 master weights even on a GPU (bf16 runs as autocast): a DPO-sized update
    # (lr 5e-6) is below bf16's resolution for most weights and would be lost.
    model = AutoModelForCausalLM.from_pretrained(model_folder, dtype=torch.float32)
    settings: dict[str, Any] = dict(
        output_dir=str(output),
        max_steps=options.steps,
        learning_rate=options.learning_rate,
        beta=options.beta,
        per_device_train_batch_size=options.batch_size,
        gradient_accumulation_steps=options.grad_accum,
        max_length=options.max_length,
        seed=options.seed,
        bf16=bf16,
        use_cpu=not on_gpu,
        logging_steps=1,
        save_strategy="no",  # one save at the end, not a checkpoint per step
        report_to="none",  # no tracker is contacted
        dataloader_num_workers=0,
    )
    settings.update(_checkpointing(DPOConfig, options.activation_checkpointing))
    config = DPOConfig(**settings)
    trainer = DPOTrainer(model=model, args=config, train_dataset=dataset,
                         processing_class=tokenizer)
    # TRL drops the pairs whose prompt alone fills max_length (no answer token is left).
    kept = len(trainer.train_dataset)  # type: ignore[arg-type]  # a Dataset in, a Dataset out
    if kept == 0:
        raise TrainingError(f"all {len(rows)} pairs have prompts of --max-length "
                            f"{options.max_length} tokens or more: raise --max-length")
    outcome = trainer.train()
    trainer.save_model(str(output))
    tokenizer.save_pretrained(str(output))
    logged = [entry for entry in trainer.state.log_history if "rewards/margins" in entry]
    return DPOResult(
        steps=outcome.global_step,
        pairs=len(rows),
        kept=kept,
        device="cuda" if on_gpu else "cpu",
        final_loss=float(logged[-1]["loss"]) if logged else float(outcome.training_loss),
        reward_margin=float(logged[-1]["rewards/margins"]) if logged else 0.0,
        output=output,
    )


def _checkpointing(config_class: Any, enabled: bool) -> dict[str, bool]:
    """transformers 5 renamed gradient checkpointing; pass the name this version knows."""
    names = {f.name for f in dataclasses.fields(config_class)}
    key = "activation_checkpointing" if "activation_checkpointing" in names \
        else "gradient_checkpointing"
    return {key: enabled}


def run_train_dpo(args: argparse.Namespace) -> int:
    options = DPOOptions(
        steps=args.steps, learning_rate=args.lr, beta=args.beta, batch_size=args.batch_size,
        grad_accum=args.grad_accum, max_length=args.max_length, device=args.device,
        seed=args.seed, activation_checkpointing=args.activation_checkpointing,
    )
    try:
        read_dpo_export(Path(args.export))  # a bad file fails before the slow imports
        base = resolve_local(args.model, args.cache_dir)
        missing = [name for name in ("trl", "datasets") if importlib.util.find_spec(name) is None]
        if missing:
            raise ImportError(f"missing: {', '.join(missing)}")
        result = train_dpo(Path(args.export), base.folder, Path(args.output), options)
    except (ExportError, ModelSourceError, TrainingError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except ImportError as exc:
        print(f"error: {TRAIN_EXTRA_HINT} ({exc})", file=sys.stderr)
        return 2
    print(f"trained {result.steps} steps on {result.kept} pairs ({result.device}); "
          f"last loss {result.final_loss:.4f}, reward margin {result.reward_margin:+.4f}")
    if result.kept < result.pairs:
        print(f"note: {result.pairs - result.kept} of {result.pairs} pairs were left out: "
              f"their prompts fill --max-length {options.max_length}")
    print(f"saved to {result.output}; compare it with the base model: "
          f"loremaster eval models --scenes FILE --model-a {args.model} "
          f"--model-b {result.output}")
    return 0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    defaults = DPOOptions()
    parser.add_argument("export", metavar="EXPORT.jsonl",
                        help="the DPO preference export (loremaster export preferences)")
    parser.add_argument("--model", required=True,
                        help="base model: a folder, or a Hub repo id already pulled")
    parser.add_argument("--output", required=True, metavar="DIR",
                        help="where the trained model and tokenizer are saved")
    parser.add_argument("--steps", type=int, default=defaults.steps)
    parser.add_argument("--lr", type=float, default=defaults.learning_rate)
    parser.add_argument("--beta", type=float, default=defaults.beta,
                        help="how far the policy may move from the base model (lower: further)")
    parser.add_argument("--batch-size", type=int, default=defaults.batch_size)
    parser.add_argument("--grad-accum", type=int, default=defaults.grad_accum)
    parser.add_argument("--max-length", type=int, default=defaults.max_length,
                        help="tokens of prompt and answer kept per pair")
    parser.add_argument("--device", choices=("auto", "cuda", "cpu"), default=defaults.device)
    parser.add_argument("--seed", type=int, default=defaults.seed)
    parser.add_argument("--activation-checkpointing", action="store_true",
                        help="trade speed for memory on long prompts")
    parser.add_argument("--cache-dir", type=Path,
                        help="model cache (default: LOREMASTER_HF_CACHE, else Hugging Face's)")


def register(subparsers: Any) -> None:
    train = subparsers.add_parser("train", help="Train a narrator model on the table's feedback.")
    kinds = train.add_subparsers(dest="train_command", metavar="HOW", required=True)
    dpo = kinds.add_parser("dpo", help="one DPO pass with TRL on a preference export")
    add_arguments(dpo)
    dpo.set_defaults(func=run_train_dpo)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.training.train_dpo",
                                     description=__doc__.splitlines()[0] if __doc__ else None)
    add_arguments(parser)
    return run_train_dpo(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
