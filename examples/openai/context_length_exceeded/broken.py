"""Broken: a chat bot that sends the whole conversation, every turn, forever."""
from openai import OpenAI

client = OpenAI()

# Stands in for a long-running conversation loaded from storage.
history = [{"role": "system", "content": "You are a helpful support agent."}]
for turn in range(400):
    history.append({"role": "user", "content": f"Question {turn}: " + "details " * 150})
    history.append({"role": "assistant", "content": f"Answer {turn}: " + "explanation " * 150})


def chat(user_text: str) -> str:
    history.append({"role": "user", "content": user_text})
    # Once the history outgrows the context window, every call raises
    # openai.BadRequestError (400), and resending the same request fails the same way.
    resp = client.chat.completions.create(model="gpt-4o-mini", messages=history)
    answer = resp.choices[0].message.content or ""
    history.append({"role": "assistant", "content": answer})
    return answer


if __name__ == "__main__":
    print(chat("And what about my last order?"))
