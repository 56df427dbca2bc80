"""The blocking client in a real Jupyter kernel (nbclient), whose cells run on a thread with a
running event loop: a sandbox started in a cell answers ``Didit`` calls, errors included."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

pytestmark = pytest.mark.slow

CELLS = [
    "from didit_async import DiditNotFoundError\nfrom didit_async.sandbox import Sandbox",
    "sandbox = Sandbox()\nclient = sandbox.sync_client()",
    "wf = client.workflows.create(workflow_label='KYC', workflow_type='kyc').uuid\n"
    "session = client.sessions.create(workflow_id=wf, vendor_data='from-a-cell')\n"
    "print('vendor_data', session.vendor_data)",
    "try:\n"
    "    client.sessions.retrieve('00000000-0000-0000-0000-000000000000')\n"
    "except DiditNotFoundError as exc:\n"
    "    print('not found', exc.status)",
    "rows = [{'workflow_id': wf, 'vendor_data': f'row-{i}'} for i in range(4)]\n"
    "print('created', sum(r.ok for r in client.sessions.create_many(rows)))\n"
    "client.close()",
]


def _kernelspec(tmp_path: Path) -> Path:
    """A ``python3`` kernelspec running this interpreter (the venv's), in a private dir."""
    from ipykernel.kernelspec import install

    prefix = tmp_path / "jupyter"
    install(prefix=str(prefix), kernel_name="python3")
    spec = prefix / "share" / "jupyter" / "kernels" / "python3" / "kernel.json"
    text = spec.read_text()
    assert sys.executable.replace("\\", "\\\\") in text  # the venv's interpreter
    return prefix / "share" / "jupyter"


def test_didit_runs_in_a_real_jupyter_kernel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = _kernelspec(tmp_path)
    monkeypatch.setenv("JUPYTER_PATH", str(data_dir))
    monkeypatch.setenv("JUPYTER_DATA_DIR", str(data_dir))
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(source) for source in CELLS]
    client = nbclient.NotebookClient(
        nb, timeout=30, startup_timeout=30, kernel_name="python3", allow_errors=True
    )
    client.execute(cwd=str(tmp_path))

    outputs = []
    for cell in nb.cells:
        for out in cell.outputs:
            assert out.output_type != "error", f"{out.ename}: {out.evalue}"
            if out.output_type == "stream":
                outputs.append(out.text)
    text = "".join(outputs)
    assert "vendor_data from-a-cell" in text
    assert "not found 404" in text
    assert "created 4" in text
