"""A questionnaire, attached to a workflow through its features.

The blocking twin of ``questionnaire_workflow.py``, on ``Didit``.
"""

from __future__ import annotations

from didit_async.sandbox import Sandbox, SandboxConfig


def main(sandbox: Sandbox | None = None) -> int:
    sandbox = sandbox or Sandbox(SandboxConfig(virtual_time=True))
    with sandbox.sync_client() as client:
        questionnaire = client.questionnaires.create(
            title="Source of funds",
            default_language="en",
            languages=["en", "es"],
            form_elements=[
                {
                    "element_type": "short_text",
                    "label": {"en": "Employer", "es": "Empleador"},
                    "is_required": True,
                },
                {
                    "element_type": "multiple_choice",
                    "label": {"en": "Annual income"},
                    "options": [{"label": {"en": "< $50k"}}, {"label": {"en": ">= $50k"}}],
                },
            ],
        )
        wf = client.workflows.create(
            workflow_label="KYC + questionnaire",
            features=[
                {"feature": "OCR"},
                {"feature": "LIVENESS"},
                {"feature": "QUESTIONNAIRE", "config": {"questionnaire_id": questionnaire.uuid}},
            ],
        )
        print("Workflow", wf.uuid, "features", wf.features)
        # A paginated list, like every other: iterate for every questionnaire.
        return len(list(client.questionnaires.list()))


if __name__ == "__main__":
    main()
