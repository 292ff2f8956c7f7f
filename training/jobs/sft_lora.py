# /// script
# requires-python = ">=3.11"
# dependencies = [
#   "torch==2.15.0",
#   "transformers==5.23.0",
#   "trl==1.16.0",
#   "peft==0.21.2",
#   "bitsandbytes==0.50.2",
#   "accelerate==1.15.0",
#   "datasets==5.2.0",
#   "huggingface-hub==2.4.0",
#   "wandb==0.31.0",
# ]
# ///
"""SFT + LoRA fine-tune of one Ecotopia model (extraction or citizens) with TRL.

One self-contained file, because `hf jobs uv run` ships only the script: the data and contracts.json come from a
local folder (--data-dir) or a Hub dataset repo (--data-repo). `--check` needs only the standard library: it
validates every line the job would read and prints the resolved configuration. The frozen test split is never read.

    python3 training/jobs/sft_lora.py --model extraction --check
    uv run training/jobs/sft_lora.py --model extraction --output-dir out/extraction [--merge]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLIT_FILES = ("train.jsonl", "validation.jsonl")
ROLES = ("system", "user", "assistant")
# Characters per token, on the low side for JSON-heavy English under Mistral's Tekken tokenizer, so the estimate
# errs long; the job itself counts exact tokens with the real tokenizer before training.
CHARS_PER_TOKEN = 3.0
TEMPLATE_TOKENS = 16

# The original's recipe (shared/ORIGINAL.md §8), with its bugs fixed: max_length is really passed, the loss is on
# the assistant turn only, the tokenizer's own chat template is used and the seed is fixed. Citizens examples hold
# every citizen's reaction to every mayor (the original's held one), so they need a longer window than 2048.
BASE_CONFIG = {
    "base_model": "mistralai/Ministral-8B-Instruct-2410",
    "lora": {"r": 16, "alpha": 32, "dropout": 0.05, "bias": "none", "target_modules": ["q_proj", "k_proj", "v_proj", "o_proj"]},
    "quantization": {"load_in_4bit": True, "quant_type": "nf4", "double_quant": True, "compute_dtype": "bfloat16"},
    "epochs": 3,
    "learning_rate": 2e-4,
    "lr_scheduler": "cosine",
    "warmup_ratio": 0.1,
    "per_device_batch_size": 2,
    "gradient_accumulation_steps": 4,
    "gradient_checkpointing": True,
    "logging_steps": 5,
    "eval_steps": 20,
    "save_steps": 50,
    "seed": 42,
    "loss": "assistant turn only (prompt-completion dataset, completion_only_loss)",
    "packing": False,
}
MAX_LENGTH = {"extraction": 2048, "citizens": 4096}


class CheckError(Exception):
    """A broken line: where and why."""


def schema_errors(value, schema, path="$"):
    """The first mismatch of `value` against the JSON Schema subset that zod's toJSONSchema writes, or None."""
    if "anyOf" in schema or "oneOf" in schema:
        options = schema.get("anyOf") or schema["oneOf"]
        errors = [schema_errors(value, option, path) for option in options]
        matches = sum(error is None for error in errors)
        if "anyOf" in schema and matches >= 1 or "oneOf" in schema and matches == 1:
            return None
        return next((e for e in errors if e is not None), f"{path}: matches more than one alternative")
    if "const" in schema and value != schema["const"]:
        return f"{path}: must be {json.dumps(schema['const'])}"
    if "enum" in schema and value not in schema["enum"]:
        return f"{path}: {json.dumps(value)} is not one of {', '.join(map(str, schema['enum']))}"
    kind = schema.get("type")
    checks = {
        "object": lambda v: isinstance(v, dict),
        "array": lambda v: isinstance(v, list),
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
        "null": lambda v: v is None,
    }
    if kind is not None and not checks[kind](value):
        return f"{path}: expected {kind}, got {type(value).__name__}"
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0) or len(value) > schema.get("maxLength", math.inf):
            return f"{path}: length {len(value)} outside {schema.get('minLength', 0)}..{schema.get('maxLength', 'any')}"
        if "pattern" in schema and not re.search(schema["pattern"], value):
            return f"{path}: {json.dumps(value)} does not match {schema['pattern']}"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value < schema.get("minimum", -math.inf) or value > schema.get("maximum", math.inf):
            return f"{path}: {value} outside {schema.get('minimum', '-inf')}..{schema.get('maximum', 'inf')}"
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0) or len(value) > schema.get("maxItems", math.inf):
            return f"{path}: {len(value)} items outside {schema.get('minItems', 0)}..{schema.get('maxItems', 'any')}"
        for i, item in enumerate(value):
            error = schema_errors(item, schema.get("items", {}), f"{path}[{i}]")
            if error:
                return error
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        for key in schema.get("required", []):
            if key not in value:
                return f"{path}: missing {key}"
        for key, item in value.items():
            if key in properties:
                error = schema_errors(item, properties[key], f"{path}.{key}")
            elif schema.get("additionalProperties") is False:
                error = f"{path}: unexpected key {key}"
            else:
                error = schema_errors(key, schema.get("propertyNames", {}), f"{path} key") or schema_errors(
                    item, schema.get("additionalProperties") or {}, f"{path}.{key}"
                )
            if error:
                return error
    return None


def check_line(line, contract):
    """The chat messages of one valid line; raises CheckError naming what is wrong."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as error:
        raise CheckError(f"not JSON ({error.msg})") from None
    messages = row.get("messages") if isinstance(row, dict) else None
    if not isinstance(messages, list) or [m.get("role") if isinstance(m, dict) else None for m in messages] != list(ROLES):
        raise CheckError("messages must be exactly system, user, assistant")
    if not all(isinstance(m.get("content"), str) for m in messages):
        raise CheckError("every message content must be a string")
    if messages[0]["content"] != contract["system"]:
        raise CheckError("the system prompt is not this model's prompt (providers/prompts.ts)")
    for message, part in ((messages[1], "input"), (messages[2], "output")):
        try:
            value = json.loads(message["content"])
        except json.JSONDecodeError as error:
            raise CheckError(f"the {message['role']} content is not JSON ({error.msg})") from None
        error = schema_errors(value, contract[part])
        if error:
            raise CheckError(f"the {message['role']} content breaks the {part} contract at {error}")
    return messages


def estimated_tokens(messages):
    return TEMPLATE_TOKENS + math.ceil(sum(len(m["content"]) for m in messages) / CHARS_PER_TOKEN)


def check_data(model, data_dir, contracts_file, max_length):
    """Validates every line of the files the job reads; a summary per file, or CheckError with file and line."""
    contract = json.loads(Path(contracts_file).read_text(encoding="utf-8"))["models"][model]
    summary = {}
    for name in SPLIT_FILES:
        path = Path(data_dir) / name
        if not path.is_file():
            raise CheckError(f"{path}: missing")
        chars, tokens, too_long = [], [], []
        for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
            if not line.strip():
                continue
            try:
                messages = check_line(line, contract)
            except CheckError as error:
                raise CheckError(f"{path}:{number}: {error}") from None
            chars.append(sum(len(m["content"]) for m in messages))
            tokens.append(estimated_tokens(messages))
            if tokens[-1] > max_length:
                too_long.append(number)
        if not chars:
            raise CheckError(f"{path}: no examples")
        summary[name] = {
            "examples": len(chars),
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
            "chars": {"max": max(chars), "mean": round(sum(chars) / len(chars))},
            "estimated_tokens": {"max": max(tokens), "mean": round(sum(tokens) / len(tokens))},
            "over_max_length": too_long,
        }
    return summary


def resolve_config(args):
    config = dict(BASE_CONFIG, model=args.model, max_length=args.max_length or MAX_LENGTH[args.model])
    config["base_model"] = args.base_model or config["base_model"]
    config["report_to"] = "wandb" if os.environ.get("WANDB_API_KEY") else "none"
    return config


def locate_data(args):
    """The folder holding the model's train/validation files, and the contracts file to check them against."""
    if args.data_repo:
        from huggingface_hub import snapshot_download

        patterns = [f"{args.model}/{name}" for name in SPLIT_FILES] + ["contracts.json"]
        root = Path(snapshot_download(args.data_repo, repo_type="dataset", allow_patterns=patterns))
        return root / args.model, Path(args.contracts or root / "contracts.json")
    data_dir = Path(args.data_dir) if args.data_dir else HERE.parent / "data" / args.model
    return data_dir, Path(args.contracts or HERE / "contracts.json")


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", required=True, choices=sorted(MAX_LENGTH))
    parser.add_argument("--check", action="store_true", help="validate the data and print the configuration; standard library only")
    parser.add_argument("--data-dir", help="folder with train.jsonl and validation.jsonl (default: training/data/MODEL)")
    parser.add_argument("--data-repo", help="a Hub dataset repo with MODEL/train.jsonl, MODEL/validation.jsonl, contracts.json")
    parser.add_argument("--contracts", help="contracts.json (default: beside this script, or in the data repo)")
    parser.add_argument("--base-model", help=f"default {BASE_CONFIG['base_model']}")
    parser.add_argument("--max-length", type=int, help="tokens per example (default: extraction 2048, citizens 4096)")
    parser.add_argument("--output-dir", help="where the adapter and metrics.json go (default: training/jobs/out/MODEL)")
    parser.add_argument("--merge", action="store_true", help="also write bf16 weights with the adapter merged, for serving")
    parser.add_argument("--push-to", help="a Hub model repo to push the adapter (and merged weights) to; needed on hf jobs")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    config = resolve_config(args)
    data_dir, contracts = locate_data(args)
    print(f"config: {json.dumps(config)}\ndata: {data_dir}\ncontracts: {contracts}")
    try:
        summary = check_data(args.model, data_dir, contracts, config["max_length"])
    except (CheckError, OSError, KeyError, json.JSONDecodeError) as error:
        print(f"check failed: {error}", file=sys.stderr)
        return 1
    for name, figures in summary.items():
        over = figures["over_max_length"]
        print(
            f"{name}: {figures['examples']} examples, chars max {figures['chars']['max']} mean {figures['chars']['mean']}, "
            f"estimated tokens max {figures['estimated_tokens']['max']} mean {figures['estimated_tokens']['mean']} "
            f"(max length {config['max_length']}): {len(over)} estimated over" + (f" (lines {over[:10]})" if over else "")
        )
    if args.check:
        print("check passed")
        return 0
    return train(args, config, data_dir, summary)


def train(args, config, data_dir, summary):
    """The GPU half: its imports stay in here so that --check runs on the standard library alone."""
    import torch
    from datasets import load_dataset
    from peft import LoraConfig, prepare_model_for_kbit_training
    from transformers import AutoModelForCausalLM, AutoTokenizer, BitsAndBytesConfig, set_seed
    from trl import SFTConfig, SFTTrainer

    set_seed(config["seed"])
    output_dir = Path(args.output_dir) if args.output_dir else HERE / "out" / args.model
    tokenizer = AutoTokenizer.from_pretrained(config["base_model"])
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token

    # Prompt-completion rows make TRL compute the loss on the assistant turn only (completion_only_loss), with
    # the tokenizer's own chat template applied to both halves.
    def prompt_completion(row):
        system, user, assistant = row["messages"]
        return {"prompt": [system, user], "completion": [assistant]}

    files = {name.removesuffix(".jsonl"): str(data_dir / name) for name in SPLIT_FILES}
    dataset = load_dataset("json", data_files=files).map(prompt_completion, remove_columns=["messages"])

    # Exact lengths: an example cut at max_length would teach the model a truncated JSON answer, so refuse instead.
    too_long = []
    for split, rows in dataset.items():
        for number, row in enumerate(rows, start=1):
            text = tokenizer.apply_chat_template(row["prompt"] + row["completion"], tokenize=False)
            length = len(tokenizer(text, add_special_tokens=False)["input_ids"])
            if length > config["max_length"]:
                too_long.append(f"{split}.jsonl example {number}: {length} tokens")
    if too_long:
        print(f"{len(too_long)} examples exceed max length {config['max_length']}; raise --max-length:", *too_long[:20], sep="\n  ", file=sys.stderr)
        return 1

    quantization = BitsAndBytesConfig(
        load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True, bnb_4bit_compute_dtype=torch.bfloat16
    )
    model = AutoModelForCausalLM.from_pretrained(
        config["base_model"], quantization_config=quantization, dtype=torch.bfloat16, attn_implementation="sdpa", device_map={"": 0}
    )
    model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=True, gradient_checkpointing_kwargs={"use_reentrant": False})
    lora = config["lora"]
    peft_config = LoraConfig(
        r=lora["r"], lora_alpha=lora["alpha"], lora_dropout=lora["dropout"], bias=lora["bias"], target_modules=lora["target_modules"], task_type="CAUSAL_LM"
    )
    # Warmup as steps computed here, not a ratio, so the schedule does not depend on how a library version reads it.
    per_step = config["per_device_batch_size"] * config["gradient_accumulation_steps"]
    total_steps = math.ceil(summary["train.jsonl"]["examples"] / per_step) * config["epochs"]
    settings = SFTConfig(
        output_dir=str(output_dir / "checkpoints"),
        num_train_epochs=config["epochs"],
        per_device_train_batch_size=config["per_device_batch_size"],
        per_device_eval_batch_size=config["per_device_batch_size"],
        gradient_accumulation_steps=config["gradient_accumulation_steps"],
        gradient_checkpointing=True,
        gradient_checkpointing_kwargs={"use_reentrant": False},
        learning_rate=config["learning_rate"],
        lr_scheduler_type=config["lr_scheduler"],
        warmup_steps=math.ceil(config["warmup_ratio"] * total_steps),
        bf16=True,
        logging_steps=config["logging_steps"],
        eval_strategy="steps",
        eval_steps=config["eval_steps"],
        save_strategy="steps",
        save_steps=config["save_steps"],
        seed=config["seed"],
        data_seed=config["seed"],
        max_length=config["max_length"],
        packing=False,
        completion_only_loss=True,
        report_to=config["report_to"],
        run_name=f"ecotopia-{args.model}",
    )
    trainer = SFTTrainer(
        model=model, args=settings, train_dataset=dataset["train"], eval_dataset=dataset["validation"], processing_class=tokenizer, peft_config=peft_config
    )
    trainer.train()
    final_eval = trainer.evaluate()
    adapter_dir = output_dir / "adapter"
    trainer.save_model(str(adapter_dir))
    tokenizer.save_pretrained(str(adapter_dir))
    metrics = {
        "config": config,
        "data": summary,
        "total_steps": trainer.state.global_step,
        "final_eval": final_eval,
        "train": [entry for entry in trainer.state.log_history if "loss" in entry],
        "eval": [entry for entry in trainer.state.log_history if "eval_loss" in entry],
    }
    (output_dir / "metrics.json").write_text(json.dumps(metrics, indent=1), encoding="utf-8")
    print(f"adapter in {adapter_dir}; eval loss {final_eval.get('eval_loss')}, token accuracy {final_eval.get('eval_mean_token_accuracy')}")
    if args.merge:
        del model, trainer
        torch.cuda.empty_cache()
        merge(config["base_model"], adapter_dir, output_dir / "merged")
    if args.push_to:
        from huggingface_hub import HfApi

        api = HfApi()
        api.create_repo(args.push_to, private=True, exist_ok=True)
        api.upload_folder(folder_path=str(output_dir), repo_id=args.push_to, ignore_patterns=["checkpoints/*"])
        print(f"pushed to {args.push_to}")
    return 0


def merge(base_model, adapter_dir, merged_dir):
    """bf16 base + adapter merged into plain weights, for servers that cannot load a LoRA (or a GGUF export)."""
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    base = AutoModelForCausalLM.from_pretrained(base_model, dtype=torch.bfloat16, device_map="auto")
    PeftModel.from_pretrained(base, str(adapter_dir)).merge_and_unload().save_pretrained(str(merged_dir))
    AutoTokenizer.from_pretrained(str(adapter_dir)).save_pretrained(str(merged_dir))
    print(f"merged weights in {merged_dir}")


if __name__ == "__main__":
    sys.exit(main())
