"""Fixed: the deployment name comes from configuration; DeploymentNotFound is reported, not retried."""
import os
import sys

from openai import AzureOpenAI, NotFoundError

# The name given to the deployment in the Azure AI Foundry portal.
DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "chat-prod")
client = AzureOpenAI(azure_deployment=DEPLOYMENT)


def ask(prompt: str) -> str:
    resp = client.chat.completions.create(
        model=DEPLOYMENT,  # the URL already names the deployment; this is sent in the body
        messages=[{"role": "user", "content": prompt}],
    )
    return resp.choices[0].message.content or ""


if __name__ == "__main__":
    try:
        print(ask("Hello"))
    except NotFoundError as e:
        if e.code != "DeploymentNotFound":
            raise
        print(
            f'No deployment named "{DEPLOYMENT}" on {os.environ.get("AZURE_OPENAI_ENDPOINT")}: '
            "check the Deployments list of this resource (a new deployment can take up to 5 minutes).",
            file=sys.stderr,
        )
        sys.exit(2)
