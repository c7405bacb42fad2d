"""Fixed: count tokens before sending, keep the system prompt, drop the oldest turns."""
import tiktoken
from openai import BadRequestError, OpenAI

client = OpenAI()
MODEL = "gpt-4o-mini"
BUDGET = 100_000  # input tokens: below the model's window, leaving room for the answer
enc = tiktoken.get_encoding("o200k_base")  # the encoding of the gpt-4o family

history = [{"role": "system", "content": "You are a helpful support agent."}]


def fit(messages: list[dict]) -> list[dict]:
    system, turns = messages[0], messages[1:]

    def cost(m: dict) -> int:
        return len(enc.encode(m["content"])) + 4  # content plus the chat format's overhead

    total = sum(cost(m) for m in messages)
    while len(turns) > 1 and total > BUDGET:
        total -= cost(turns.pop(0))  # drop the oldest turn, keep the newest question
    return [system, *turns]


def chat(user_text: str) -> str:
    history.append({"role": "user", "content": user_text})
    messages = fit(history)
    try:
        resp = client.chat.completions.create(model=MODEL, messages=messages)
    except BadRequestError as e:
        if e.code != "context_length_exceeded":
            raise
        # The estimate was off (tools, images...): halve what is left and try once more.
        messages = [messages[0], *messages[1:][len(messages) // 2 :]]
        resp = client.chat.completions.create(model=MODEL, messages=messages)
    answer = resp.choices[0].message.content or ""
    history.append({"role": "assistant", "content": answer})
    return answer


if __name__ == "__main__":
    print(chat("And what about my last order?"))
