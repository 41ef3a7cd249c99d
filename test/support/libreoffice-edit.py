"""
Edit a workbook the way a person does in LibreOffice Calc, through UNO (python3-uno), headless:
insert whole rows, type into cells, then save what Calc shows as HTML (its cells' backgrounds,
conditional fills included) — so a test sees Calc itself move the conditional formats and their
formulas when rows are inserted, not a model of it.

usage: libreoffice-edit.py SOFFICE PROFILE_DIR INPUT.xlsx OUTPUT.html OPS.json
OPS.json: [{"insertRows": [before, count]} | {"set": ["G25", "60"]} | {"setNumber": ["G25", 60]}, ...]
(`before` is 1-based: the new rows take that row's place and it moves down.)
"""
import json
import os
import subprocess
import sys
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, process):
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext()
    )
    deadline = time.time() + 60
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if process.poll() is not None or time.time() > deadline:
                raise
            time.sleep(0.3)


def main():
    soffice, profile, source, target, ops_file = sys.argv[1:6]
    with open(ops_file, encoding="utf-8") as f:
        ops = json.load(f)
    pipe = f"ziping-{uuid.uuid4().hex}"
    process = subprocess.Popen(
        [
            soffice,
            f"-env:UserInstallation={uno.systemPathToFileUrl(profile)}",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    desktop = None
    try:
        ctx = connect(pipe, process)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, (prop("Hidden", True),)
        )
        sheet = doc.Sheets.getByIndex(0)
        for op in ops:
            if "insertRows" in op:
                before, count = op["insertRows"]
                sheet.Rows.insertByIndex(before - 1, count)
            elif "set" in op:
                address, text = op["set"]
                sheet.getCellRangeByName(address).setString(text)
            elif "setNumber" in op:
                address, number = op["setNumber"]
                sheet.getCellRangeByName(address).setValue(number)
            else:
                raise ValueError(f"unknown operation {op}")
        doc.calculateAll()
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), (prop("FilterName", "HTML (StarCalc)"),))
        doc.close(True)
    finally:
        try:
            if desktop is not None:
                desktop.terminate()
        except Exception:
            pass  # the office ends with the bridge; waiting below settles it
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


if __name__ == "__main__":
    main()
