"""Runs a language server and records every frame in both directions as JSON lines.

    python lsp_tap.py TRANSCRIPT -- COMMAND [ARGS...]

Each line of TRANSCRIPT is {"dir": "c2s"|"s2c", "message": {...}} or, for bytes on the server's
stdout that are not a valid frame, {"dir": "s2c", "garbage": "..."} — stdout must carry only
protocol. The tap exits with the server's exit code.
"""
import json
import os
import subprocess
import sys
import threading


class FrameReader:
    def __init__(self):
        self.buffer = b""

    def feed(self, data: bytes):
        self.buffer += data
        out = []
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                break
            headers = self.buffer[:end].decode("ascii", "replace").split("\r\n")
            length = None
            for h in headers:
                name, _, value = h.partition(":")
                if name.strip().lower() == "content-length":
                    try:
                        length = int(value.strip())
                    except ValueError:
                        pass
            if length is None:
                out.append(("garbage", self.buffer[: end + 4]))
                self.buffer = self.buffer[end + 4 :]
                continue
            if len(self.buffer) < end + 4 + length:
                break
            body = self.buffer[end + 4 : end + 4 + length]
            self.buffer = self.buffer[end + 4 + length :]
            out.append(("frame", body))
        return out


def main():
    transcript_path = sys.argv[1]
    command = sys.argv[sys.argv.index("--") + 1 :]
    server = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    lock = threading.Lock()
    log = open(transcript_path, "a", encoding="utf-8")

    def record(direction, kind, payload):
        with lock:
            if kind == "frame":
                try:
                    entry = {"dir": direction, "message": json.loads(payload)}
                except ValueError:
                    entry = {"dir": direction, "garbage": payload.decode("utf-8", "replace")}
            else:
                entry = {"dir": direction, "garbage": payload.decode("utf-8", "replace")}
            log.write(json.dumps(entry) + "\n")
            log.flush()

    def pump(source, sink, direction):
        reader = FrameReader()
        while True:
            data = source.read1(65536) if hasattr(source, "read1") else source.read(65536)
            if not data:
                break
            for kind, payload in reader.feed(data):
                record(direction, kind, payload)
            try:
                sink.write(data)
                sink.flush()
            except (BrokenPipeError, ValueError):
                break
        if reader.buffer.strip():
            record(direction, "garbage", reader.buffer)
        try:
            sink.close()
        except (BrokenPipeError, ValueError):
            pass

    to_server = threading.Thread(target=pump, args=(sys.stdin.buffer, server.stdin, "c2s"), daemon=True)
    from_server = threading.Thread(target=pump, args=(server.stdout, sys.stdout.buffer, "s2c"))
    to_server.start()
    from_server.start()
    code = server.wait()
    from_server.join(timeout=5)
    log.close()
    sys.stdout.flush()
    # os._exit: the stdin pump may still be blocked reading from the client.
    os._exit(code if code >= 0 else 128 - code)


if __name__ == "__main__":
    main()
