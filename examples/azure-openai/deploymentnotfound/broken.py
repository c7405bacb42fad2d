"""Broken: OpenAI model names used as Azure deployment names, with a model fallback list."""
import openai
from openai import AzureOpenAI

client = AzureOpenAI()  # AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY, OPENAI_API_VERSION


def ask(prompt: str) -> str:
    for model in ["gpt-4o-mini", "gpt-4o"]:
        try:
            # Without azure_deployment, `model` becomes the deployment in the URL.
            resp = client.chat.completions.create(
                model=model, messages=[{"role": "user", "content": prompt}]
            )
            return resp.choices[0].message.content or ""
        except openai.NotFoundError:
            # Every guess gets DeploymentNotFound: deployments have the names you gave them.
            print(f"Model {model} is not available, trying the next one.")
    raise RuntimeError("No model available")


if __name__ == "__main__":
    print(ask("Hello"))
