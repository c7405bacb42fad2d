"""Broken: a stream read with no handling; a cut connection loses the partial answer."""
from openai import OpenAI

client = OpenAI()

stream = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "How do I migrate the database?"}],
    stream=True,
)
text = ""
# If the connection closes mid-stream, this loop raises
# httpx.RemoteProtocolError: peer closed connection without sending complete message body
# (incomplete chunked read). It is not an openai.APIError, and the SDK does not retry it.
for chunk in stream:
    if chunk.choices:
        text += chunk.choices[0].delta.content or ""
print(text)
