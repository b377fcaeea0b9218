"""A tiny random chat model and tokenizer, built at test time (no download).

The tokenizer is a byte-level BPE trained on generated sentences, with
ChatML-style turn tokens and a chat template; the model is a random Llama
small enough to load and generate in milliseconds on a CPU.
"""

from __future__ import annotations

import random
from pathlib import Path

CHATML_TEMPLATE = (
    "{% for message in messages %}"
    "<|im_start|>{{ message['role'] }}\n{{ message['content'] }}<|im_end|>\n"
    "{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)

_WORDS = (
    "the door opens slowly and a cold wind blows through the hall Ana draws her sword "
    "Bo lights a torch the dragon sleeps on gold a goblin laughs in the dark tavern "
    "rain falls on the old stone bridge the narrator smiles you hear a distant bell "
    "shadows move behind the curtain an owl watches from the tower silver coins clink"
).split()


def _corpus(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    lines = []
    for _ in range(count):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(4, 14))]
        lines.append(" ".join(words).capitalize() + rng.choice([".", "!", "?", "..."]))
    return lines


def build_tiny_model(
    directory: Path, *, seed: int = 0, num_layers: int = 2, arch: str = "llama",
    licence: str | None = None,
) -> Path:
    """Write a loadable tiny chat model (config, weights, tokenizer) into `directory`.

    `arch="qwen2"` gives the embedded default's config class (Qwen2); `licence`
    writes a model card (README.md) declaring it, as the Hub's cards do.
    """
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import (
        LlamaConfig,
        LlamaForCausalLM,
        PreTrainedTokenizerFast,
        Qwen2Config,
        Qwen2ForCausalLM,
    )

    directory.mkdir(parents=True, exist_ok=True)
    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>", "<|pad|>"]
    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=512,
        special_tokens=specials,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    bpe.train_from_iterator(_corpus(400), trainer=trainer)
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=bpe,
        bos_token="<|endoftext|>",
        eos_token="<|im_end|>",
        pad_token="<|pad|>",
        unk_token="<|endoftext|>",
    )
    tokenizer.chat_template = CHATML_TEMPLATE
    tokenizer.save_pretrained(directory)

    torch.manual_seed(seed)
    config_class, model_class = {
        "llama": (LlamaConfig, LlamaForCausalLM),
        "qwen2": (Qwen2Config, Qwen2ForCausalLM),
    }[arch]
    config = config_class(
        vocab_size=len(tokenizer),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=num_layers,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=2048,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        tie_word_embeddings=False,
    )
    model = model_class(config)
    model.save_pretrained(directory)
    if licence is not None:
        (directory / "README.md").write_text(
            f"---\nlicense: {licence}\npipeline_tag: text-generation\n---\n\n# A tiny test model\n"
        )
    return directory
