"""`aws` on the PATH of a test's shell: sends its arguments and environment to the test's AWS CLI
process (aws-cli-on-path.ts), then prints what the CLI printed and exits with its code.

It imports only the standard library (run with -S, no site packages), so it starts in a small
part of the time the AWS CLI takes to import itself.
"""
import json
import os
import socket
import sys

env = dict(os.environ)
path = env.pop("PAGESCOPE_AWS_CLI_SOCKET")
with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
    conn.connect(path)
    conn.sendall((json.dumps({"args": sys.argv[1:], "env": env}) + "\n").encode())
    conn.shutdown(socket.SHUT_WR)
    reply = b""
    while chunk := conn.recv(1 << 16):
        reply += chunk
run = json.loads(reply)
sys.stdout.write(run["stdout"])
sys.stderr.write(run["stderr"])
sys.exit(run["code"])
