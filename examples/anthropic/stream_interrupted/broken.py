"""Broken: a stream read with no handling; a cut connection loses the partial answer."""
import anthropic

client = anthropic.Anthropic()

with client.messages.stream(
    model="claude-sonnet-4-6",
    max_tokens=2048,
    messages=[{"role": "user", "content": "How do I migrate the database?"}],
) as stream:
    # A connection closed mid-stream raises httpx.RemoteProtocolError here: peer closed
    # connection without sending complete message body (incomplete chunked read).
    for text in stream.text_stream:
        print(text, end="", flush=True)
    message = stream.get_final_message()
print(f"\nstop_reason: {message.stop_reason}")
