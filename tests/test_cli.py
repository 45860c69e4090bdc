"""The debug view: python -m segmenter."""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import segmenter
from segmenter import segment
from segmenter.cli import batch
from segmenter.cli.batch import run_batch
from segmenter.cli.command import main, parse_args

from .conftest import CORPUS

DIGEST = CORPUS / "nejat-digest-2015-06.txt"
FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_default_view_lists_articles_and_artifacts(capsys: pytest.CaptureFixture[str]) -> None:
    """The default view prints each article's title, byline fields, body start and the artifacts."""
    assert main([str(DIGEST)]) == 0
    out = capsys.readouterr().out
    assert out.count("=== article") == 6
    assert "outlet='Rudaw'" in out
    assert "page_number" in out and "running_footer" in out


def test_json_view_is_the_document(capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints the Document as JSON, written as its articles come: all of
    ``Document.to_dict()`` but the line roles (``--explain`` shows those)."""
    assert main(["--json", str(DIGEST)]) == 0
    data = json.loads(capsys.readouterr().out)
    whole = segmenter.analyze(DIGEST.read_text(encoding="utf-8")).to_dict()
    del whole["lines"]
    assert data == whole


def test_explain_gives_every_line_a_role(capsys: pytest.CaptureFixture[str]) -> None:
    """--explain prints each line with its role and a reason."""
    assert main(["--explain", str(DIGEST)]) == 0
    out = capsys.readouterr().out
    assert "byline" in out and "heading" in out and "page_number" in out
    assert "<- interrupts a sentence" in out


def test_missing_file_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A missing file gives one line on stderr and exit status 2."""
    assert main([str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope.txt" in err


def test_directory_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A directory is unreadable as a dump: exit status 2."""
    assert main([str(tmp_path)]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_stdin_dash() -> None:
    """'-' reads standard input."""
    proc = subprocess.run(
        [sys.executable, "-m", "segmenter", "-"],
        input=DIGEST.read_text(encoding="utf-8"), capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 0
    assert proc.stdout.count("=== article") == 6


def test_parse_args_rejects_json_with_explain() -> None:
    """--json and --explain exclude each other."""
    with pytest.raises(SystemExit):
        parse_args(["--json", "--explain", "f.txt"])


def _batch_inputs(tmp_path: Path) -> list[str]:
    """Two gold dumps, a missing file and a binary file (no text encoding fits it)."""
    bad = tmp_path / "picture.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    gold = sorted((Path(__file__).parent.parent / "fixtures" / "gold").glob("*.txt"))[:2]
    return [str(gold[0]), str(tmp_path / "missing.txt"), str(bad), str(gold[1])]


def test_jsonl_batch_writes_articles_and_skips_bad_files(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--jsonl writes one JSON line per article with its source; unreadable files are
    reported on stderr and skipped, the others still written, and the status is 1."""
    paths = _batch_inputs(tmp_path)
    out = tmp_path / "out.jsonl"
    assert main(["--jsonl", str(out), "--jobs", "1", *paths]) == 1
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    expected = [a.title for p in (paths[0], paths[3])
                for a in segment(Path(p).read_text(encoding="utf-8"))]
    assert [r["title"] for r in rows] == expected
    assert {r["source"] for r in rows} == {paths[0], paths[3]}
    assert [r["article"] for r in rows if r["source"] == paths[0]][:3] == [1, 2, 3]
    err = capsys.readouterr().err
    assert "skipped " + paths[1] in err and "skipped " + paths[2] in err
    assert "4 files" in err and "2 failed" in err


def test_jsonl_parallel_jobs_give_the_same_lines(tmp_path: Path) -> None:
    """Worker processes (--jobs 2) write the same lines, in the same order, as one."""
    paths = _batch_inputs(tmp_path)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["--jsonl", str(one), "--jobs", "1", *paths]) == 1
    assert main(["--jsonl", str(two), "--jobs", "2", *paths]) == 1
    assert one.read_text() == two.read_text() and one.read_text()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_batch_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    """On a terminal the batch redraws a bar that ends at all files done."""
    err, out = _Terminal(), io.StringIO()
    paths = _batch_inputs(tmp_path)
    articles, failed = run_batch(paths, out, jobs=1, err=err)
    assert failed == 2 and articles == out.getvalue().count("\n") > 0
    last = err.getvalue().rstrip("\n").rsplit("\r", 1)[-1]
    assert last.startswith("[" + "#" * 30 + "] 4/4 files")


@pytest.mark.parametrize("argv", [["a.txt", "b.txt"], ["--jobs", "2", "a.txt"],
                                  ["--jsonl", "o.jsonl", "--jobs", "0", "a.txt", "b.txt"],
                                  ["--format", "csv", "a.txt", "-"],
                                  ["--format", "csv", "--json", "a.txt"]])
def test_batch_arguments_are_checked(argv: list[str]) -> None:
    """Several files without jsonl or csv, --jobs with one file or below 1, stdin among
    several files and two output formats are usage errors."""
    with pytest.raises(SystemExit) as exc:
        parse_args(argv)
    assert exc.value.code == 2


def test_stdin_as_a_path_loses_nothing(tmp_path: Path) -> None:
    """Regression: /dev/stdin (a pipe) lost its first 4 KiB to the PDF check, which
    read it and opened it again; the file is now read once."""
    proc = subprocess.run([sys.executable, "-m", "segmenter", "/dev/stdin"],  # a pipe
                          input=DIGEST.read_bytes(), capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count(b"=== article") == 6


def test_a_fifo_is_read_once(tmp_path: Path) -> None:
    """A named pipe (like bash's <(cmd)) gives the whole dump."""
    fifo = tmp_path / "dump.fifo"
    os.mkfifo(fifo)
    data = DIGEST.read_bytes()

    def feed() -> None:
        with open(fifo, "wb") as fh:
            fh.write(data)

    writer = threading.Thread(target=feed)
    writer.start()
    proc = subprocess.run([sys.executable, "-m", "segmenter", str(fifo)], capture_output=True,
                          text=True, check=False, timeout=60)
    writer.join()
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count("=== article") == 6


def test_jsonl_output_that_is_an_input_is_refused(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """Regression: --jsonl dump.txt dump.txt truncated the dump before reading it."""
    dump = tmp_path / "dump.txt"
    dump.write_bytes(DIGEST.read_bytes())
    for argv in (["--jsonl", str(dump), str(dump)], ["-o", str(dump), str(dump)],
                 ["--format", "csv", "-o", str(dump), str(DIGEST), str(dump)]):
        assert main(argv) == 2
        assert dump.read_bytes() == DIGEST.read_bytes()
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "also an input" in err


def test_jsonl_taking_the_first_dump_as_its_output_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Regression (issue 26.9): in ``--jsonl a.txt b.txt`` the option takes a.txt as its
    output, and the run overwrote that dump. A file that holds no output of segmenter is
    never replaced, whichever option names it."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(DIGEST.read_bytes())
    b.write_bytes(DIGEST.read_bytes())
    for argv in (["--jsonl", str(a), str(b)], ["-o", str(a), str(b)],
                 ["--format", "csv", "-o", str(a), str(b), str(DIGEST)]):
        assert main(argv) == 2
        assert a.read_bytes() == DIGEST.read_bytes()
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "holds no output of segmenter" in err


def test_output_that_is_standard_input_is_refused(tmp_path: Path) -> None:
    """Regression (issue 26.9): ``-o dump.txt - < dump.txt`` truncated the dump it was
    about to read: standard input is compared with the output by device and inode."""
    dump = tmp_path / "dump.jsonl"  # even a file that looks like an output of ours
    dump.write_bytes(b'{"source": "x"}\n' + DIGEST.read_bytes())
    before = dump.read_bytes()
    with open(dump, "rb") as stdin:
        proc = subprocess.run([sys.executable, "-m", "segmenter", "--format", "jsonl", "-o",
                               str(dump), "-"], stdin=stdin, capture_output=True, text=True,
                              check=False, timeout=60)
    assert proc.returncode == 2 and "is standard input" in proc.stderr
    assert dump.read_bytes() == before


@pytest.mark.parametrize("view", [[], ["--explain"], ["--format", "json"],
                                  ["--format", "jsonl"], ["--format", "csv"]])
def test_a_run_replaces_its_own_earlier_output(tmp_path: Path, view: list[str]) -> None:
    """Every output a run writes is one a later run may replace, and the file keeps its
    mode (a new one gets the umask's)."""
    out = tmp_path / "out"
    assert main([*view, "-o", str(out), str(DIGEST)]) == 0
    first = out.read_bytes()
    assert out.stat().st_mode & 0o777 == 0o666 & ~_umask()
    out.chmod(0o640)
    assert main([*view, "-o", str(out), str(DIGEST)]) == 0
    assert out.read_bytes() == first and out.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_a_late_decode_error_leaves_the_old_output(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Regression (issue 26.10): a file read as it is written, whose bytes turn out wrong
    late, left a half-written output. The output is written whole or not at all."""
    dump = tmp_path / "dump.txt"
    ascii_digest = DIGEST.read_text(encoding="utf-8").encode("ascii", "ignore")
    dump.write_bytes(ascii_digest * 100 + b"caf\xe9\n")
    out = tmp_path / "out.jsonl"
    out.write_text('{"source": "an earlier run"}\n', encoding="utf-8")
    assert main(["--format", "jsonl", "--encoding", "ascii", "-o", str(out), str(dump)]) == 2
    assert out.read_text(encoding="utf-8") == '{"source": "an earlier run"}\n'
    err = capsys.readouterr().err
    assert "left as it was" in err and "cannot read" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dump.txt", "out.jsonl"]


def test_a_link_as_output_keeps_the_link(tmp_path: Path) -> None:
    """An output path that is a symbolic link: its file is replaced, the link stays."""
    real = tmp_path / "real.jsonl"
    real.write_text("", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert main(["--format", "jsonl", "-o", str(link), str(DIGEST)]) == 0
    assert link.is_symlink() and real.read_text(encoding="utf-8").count("\n") == 6


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused_not_read(capsys: pytest.CaptureFixture[str]) -> None:
    """Regression (issue 26.12): /dev/zero was read until memory ran out. A path that is
    no regular file or pipe is refused before it is opened."""
    assert main(["/dev/zero"]) == 2
    assert "character device" in capsys.readouterr().err
    with pytest.raises(segmenter.FileKindError, match="character device"):
        segmenter.segment_file("/dev/zero")


def test_a_fifo_in_a_batch_is_skipped_not_waited_on(tmp_path: Path) -> None:
    """Regression (issue 26.12): a FIFO nobody writes to hung a batch. A batch reads
    regular files: the FIFO is skipped with its reason, the other files written."""
    fifo = tmp_path / "stuck.fifo"
    os.mkfifo(fifo)
    proc = subprocess.run([sys.executable, "-m", "segmenter", "--format", "jsonl",
                           str(DIGEST), str(fifo)], capture_output=True, text=True,
                          check=False, timeout=60)
    assert proc.returncode == 1
    assert proc.stdout.count("\n") == 6 and "a FIFO" in proc.stderr


def test_a_stream_is_read_up_to_its_cap() -> None:
    """Standard input and pipes are read whole up to a cap, never holding more."""
    from segmenter.reading.files import read_stream

    assert read_stream(io.BytesIO(b"x" * 10), limit=10) == b"x" * 10
    with pytest.raises(segmenter.InputLimitError, match="more than 10 bytes"):
        read_stream(io.BytesIO(b"x" * 11), limit=10)


@pytest.mark.parametrize("kind", ["csv", "jsonl", "json"])
def test_csv_and_json_on_a_terminal_show_escapes_not_obey_them(tmp_path: Path,
                                                               kind: str) -> None:
    """Regression (issue 26.12): CSV written to a terminal passed a dump's escape
    sequences to it (the text view filtered them already); every output on a terminal
    now shows them as escapes, its line breaks kept. To a file, they are kept as read."""
    import pty

    dump = tmp_path / "dump.txt"
    text = DIGEST.read_text(encoding="utf-8")
    dump.write_text(text.replace("Liberty", "Lib\x1b]0;owned\x07erty\u202e", 1),
                    encoding="utf-8")
    main_fd, screen = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "segmenter", "--format", kind, str(dump)],
                            stdout=screen, stderr=subprocess.PIPE)
    os.close(screen)
    shown = b""
    with contextlib.suppress(OSError):  # EIO once the process closes the terminal
        while chunk := os.read(main_fd, 65536):
            shown += chunk
    os.close(main_fd)
    assert proc.wait(timeout=60) == 0
    assert b"\x1b" not in shown and b"\x07" not in shown
    assert b"\\x1b]0;owned" in shown or b"\\u001b]0;owned" in shown
    assert "\u202e".encode() not in shown and shown.count(b"\n") >= 6
    to_file = tmp_path / f"out.{kind}"
    assert main(["--format", kind, "-o", str(to_file), str(dump)]) == 0
    assert "\u202e" in to_file.read_text(encoding="utf-8")


def test_a_killed_batch_leaves_no_worker_and_its_spool_goes_next_run(tmp_path: Path) -> None:
    """Regression (issue 26.11): after SIGKILL of a batch's parent its workers stayed
    alive (still there after 120 s) and its spool files stayed. The workers end with the
    parent, and the next batch removes the spool folder the killed run left."""
    big = tmp_path / "big.txt"
    big.write_text(DIGEST.read_text(encoding="utf-8") * 700, encoding="utf-8")  # 15 MB
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp)}
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "segmenter", "--jsonl", str(out),
                             "--jobs", "2", str(big), str(big)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not list(temp.glob("segmenter-spool-*/*/*.rows")) and time.monotonic() < deadline:
        time.sleep(0.05)  # the workers are writing rows
    proc.kill()
    proc.wait(timeout=60)
    deadline = time.monotonic() + 10
    while _workers_of(str(big)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _workers_of(str(big)) == []
    left = list(temp.glob("segmenter-spool-*/*"))
    assert left  # the killed run could not clean up ...
    assert not out.exists() and list(tmp_path.glob(".out.jsonl.*.part"))
    again = subprocess.run([sys.executable, "-m", "segmenter", "--jsonl", str(out),
                            str(DIGEST), str(DIGEST)], env=env, capture_output=True,
                           check=False, timeout=60)
    assert again.returncode == 0
    assert not any(p.exists() for p in left)  # ... the next one did, and the output's
    assert not list(tmp_path.glob(".out.jsonl.*"))  # temporary file went too
    assert out.read_text(encoding="utf-8").count("\n") == 12


def test_a_full_temporary_folder_is_not_blamed_on_the_input(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Regression (issue 26.12): a full temporary folder was reported as a problem with
    the input file; the reason now names the folder that is full."""
    def full(*args: Any, **kwargs: Any) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(batch, "write_rows", full)
    result = batch.file_rows(str(DIGEST), batch.Job(str(tmp_path)))
    assert result.error is not None and "temporary folder" in result.error
    assert "TMPDIR" in result.error and list(tmp_path.iterdir()) == []


def _kill_on_marker(chunks: Iterator[str], **kwargs: Any) -> Iterator[segmenter.Article]:
    text = "".join(chunks)
    if "KILL THIS WORKER" in text:
        os.kill(os.getpid(), signal.SIGKILL)
    return segmenter.pipeline.iter_articles([text], **kwargs)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                    reason="the killing stand-in reaches workers only when they are forked")
def test_a_dead_worker_fails_its_file_and_the_batch_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: a worker killed (SIGKILL, out of memory) raised BrokenProcessPool:
    a traceback, and the files after it neither written nor reported."""
    monkeypatch.setattr(batch, "iter_articles", _kill_on_marker)
    gold = sorted((Path(__file__).parent.parent / "fixtures" / "gold").glob("*.txt"))[:4]
    killer = tmp_path / "killer.txt"
    killer.write_text("Title\n\nKILL THIS WORKER\n")
    paths = [str(gold[0]), str(killer), str(gold[1]), str(gold[2]), str(gold[3])]
    out, err = io.StringIO(), io.StringIO()
    articles, failed = run_batch(paths, out, jobs=2, err=err)
    assert failed == 1
    assert f"skipped {killer}: the worker process reading it died" in err.getvalue()
    sources = [json.loads(line)["source"] for line in out.getvalue().splitlines()]
    assert list(dict.fromkeys(sources)) == [p for p in paths if p != str(killer)]
    assert articles == len(sources)


def test_jobs_are_capped(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Regression: --jobs had no upper bound (a million worker processes asked for)."""
    asked: list[int] = []
    real = batch.pool_of

    def pool(jobs: int) -> Any:
        asked.append(jobs)
        return real(min(jobs, 2))

    monkeypatch.setattr(batch, "pool_of", pool)
    paths = _batch_inputs(tmp_path)
    run_batch(paths, io.StringIO(), jobs=1_000_000, err=io.StringIO())
    assert asked and max(asked) <= batch.MAX_JOBS_PER_CPU * (os.cpu_count() or 1)


def _workers_of(marker: str) -> list[int]:
    """Processes still running whose command line holds ``marker``."""
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if marker in (proc / "cmdline").read_bytes().decode(errors="replace"):
                    found.append(int(proc.name))
            except OSError:
                continue
    return found


@pytest.mark.parametrize(("sig", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
@pytest.mark.parametrize("before", [None, '{"source": "an earlier run"}\n'])
def test_signals_end_a_batch_cleanly(tmp_path: Path, sig: int, status: int,
                                     before: str | None) -> None:
    """Regression: Ctrl-C printed a traceback and SIGTERM left workers running, and an
    interrupted batch could end its output with half a JSON line (issue 26.10). Now the
    run stops with the shell's status and no traceback, no worker is left, and the output
    is as it was before the run (absent, or an earlier run's), with no temporary file."""
    big = tmp_path / "big.txt"
    big.write_text(DIGEST.read_text(encoding="utf-8") * 700, encoding="utf-8")  # 15 MB
    out = tmp_path / "out.jsonl"
    if before is not None:
        out.write_text(before, encoding="utf-8")
    args = [sys.executable, "-m", "segmenter", "--jsonl", str(out), "--jobs", "2",
            str(DIGEST), str(big), str(DIGEST)]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while (not any(p.stat().st_size for p in tmp_path.glob(".out.jsonl.*.part"))
           and time.monotonic() < deadline):
        time.sleep(0.05)  # the first file's rows are written: the big one is under way
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == status
    assert "Traceback" not in err and len(err.strip().splitlines()) == 2, err
    assert ("left as it was" if before else "not written") in err
    assert (out.read_text(encoding="utf-8") if out.exists() else None) == before
    assert not list(tmp_path.glob(".out.jsonl.*"))
    time.sleep(0.2)
    assert _workers_of(str(big)) == []


@pytest.mark.parametrize("view", [["--explain"], [], ["--json"], ["--format", "jsonl"],
                                  ["--format", "csv"]])
def test_closed_stdout_exits_quietly(view: list[str]) -> None:
    """Regression: piping into a reader that stops early (| head -1) printed a traceback;
    every output, written as the articles come, stops quietly."""
    big = DIGEST.read_text(encoding="utf-8") * 30
    proc = subprocess.Popen([sys.executable, "-m", "segmenter", *view, "-"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    proc.stdin.write(big.encode())
    proc.stdin.close()
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert err == ""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("view", [["--explain"], [], ["--format", "csv"]])
def test_full_disk_exits_with_one_line(view: list[str]) -> None:
    """Writing to a full disk gives one line on stderr and status 2, no traceback."""
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "segmenter", *view, str(DIGEST)],
                              stdout=full, stderr=subprocess.PIPE, text=True, check=False)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "No space left" in proc.stderr


_ESCAPES = "Title \x1b]0;owned\x07here\n\nJane Doe, Rudaw, June 24, 2015\n\nBody \x1b[2J text.\n"


@pytest.mark.parametrize("view", [[], ["--explain"]])
def test_terminal_escapes_in_a_dump_are_shown_escaped(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], view: list[str]) -> None:
    """Regression: escape sequences in a dump reached the terminal raw (a title that
    renames the window, a clear screen)."""
    dump = tmp_path / "escapes.txt"
    dump.write_text(_ESCAPES)
    assert main([*view, str(dump)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b" in out


def test_terminal_escapes_stay_in_json(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """JSON is data, not a terminal's: it keeps the characters (escaped as JSON does)."""
    dump = tmp_path / "escapes.txt"
    dump.write_text(_ESCAPES)
    assert main(["--json", str(dump)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "\x1b[2J" in data["articles"][0]["body"]


def test_batch_messages_escape_file_names(tmp_path: Path) -> None:
    """A file name holding an escape sequence is printed escaped when it is skipped."""
    err = io.StringIO()
    run_batch([str(tmp_path / "gone\x1b[2J.txt")], io.StringIO(), jobs=1, err=err)
    assert "\x1b" not in err.getvalue() and "gone\\x1b[2J.txt" in err.getvalue()


def test_input_format_option_reads_as_a_dump_or_refuses_an_unknown_name(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--input-format", "none", "--json", str(DIGEST)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] is None and len(data["articles"]) == 6
    with pytest.raises(SystemExit) as info:
        parse_args(["--input-format", "lexis", str(DIGEST)])
    assert info.value.code == 2
    assert "invalid choice: 'lexis'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        parse_args(["--format", "lexis", str(DIGEST)])
    assert "--format must be one of text, json, jsonl, csv" in capsys.readouterr().err


def test_format_naming_an_export_format_still_reads_it_and_says_so(
        capsys: pytest.CaptureFixture[str]) -> None:
    """--format named the export format before it named the output's: such a call is
    read as before, with a note on stderr."""
    args = parse_args(["--format", "none", str(DIGEST)])
    assert (args.input_format, args.format) == ("none", "text")
    assert "use --input-format none" in capsys.readouterr().err


def test_default_view_shows_an_exports_fields(capsys: pytest.CaptureFixture[str],
                                              tmp_path: Path) -> None:
    export = tmp_path / "export.txt"
    export.write_text("".join(
        f"Document {n} of 2\n\nTitle {n}\n\nThe council met on Monday.\n\n"
        f"Publication title: The Harbour Times\nDatabase: Newsstream\n\n" for n in (1, 2)))
    assert main([str(export)]) == 0
    out = capsys.readouterr().out
    assert out.count("=== article") == 2
    assert "field:    Database: Newsstream" in out


def test_a_binary_file_is_refused_with_status_2(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Regression: a picture passed to the debug view printed garbage with status 0."""
    picture = tmp_path / "scan.txt"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    assert main([str(picture)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a text file" in err


def test_encoding_option_and_guessed_encodings(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """A Latin-1 file is read with its encoding guessed and a warning shown; --encoding
    reads it as told, without the warning."""
    dump = tmp_path / "latin1.txt"
    dump.write_bytes(DIGEST.read_text(encoding="utf-8").replace("’", "'").replace(
        "“", '"').replace("”", '"').replace("–", "-").replace("—", "-")
        .encode("latin-1", "replace") + "Café\n".encode("latin-1"))
    assert main([str(dump)]) == 0
    assert "warning: the encoding was guessed" in capsys.readouterr().out
    assert main(["--encoding", "latin-1", str(dump)]) == 0
    assert "encoding was guessed" not in capsys.readouterr().out
    assert main(["--encoding", "utf-8", str(dump)]) == 2
    assert "not utf-8" in capsys.readouterr().err


def test_csv_and_json_lines_are_read_back_by_pandas_and_csv(tmp_path: Path) -> None:
    """Regression: the JSON was ASCII-escaped and there was no CSV for spreadsheet users;
    both are written in UTF-8 and read back by the tools people use."""
    pandas = pytest.importorskip("pandas")
    source = FIXTURES / "files" / "revue-utf16.txt"
    articles = segmenter.segment_file(source)
    out_csv, out_jsonl = tmp_path / "a.csv", tmp_path / "a.jsonl"
    assert main(["--format", "csv", "-o", str(out_csv), str(source)]) == 0
    assert main(["--format", "jsonl", "--output", str(out_jsonl), str(source)]) == 0
    with open(out_csv, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["title"] for r in rows] == [a.title for a in articles]
    assert list(rows[0]) == list(segmenter.ROW_FIELDS)
    assert "é" in out_jsonl.read_text(encoding="utf-8")  # not "\u00e9"
    frame = pandas.read_json(out_jsonl, lines=True)
    assert list(frame["title"]) == [a.title for a in articles]
    assert list(pandas.read_csv(out_csv)["start"]) == [a.span.start for a in articles]


def test_several_files_as_csv_rows_after_one_header(tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    files = [str(DIGEST), str(FIXTURES / "formats" / "factiva-harbour.txt")]
    assert main(["--format", "csv", "-o", str(out), "--jobs", "1", *files]) == 0
    with open(out, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 6 + 3 and {r["source"] for r in rows} == set(files)


def test_a_text_file_is_read_as_it_is_segmented(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Regression: the debug view and --json held the whole text, its Document and its
    line roles (691 MB for a 52 MB file); a text file is now read in chunks."""
    from segmenter.reading import files

    read: list[int] = []
    real = files._decoded_chunks

    def counted(*args: Any, **kwargs: Any) -> Iterator[str]:
        for chunk in real(*args, **kwargs):
            read.append(len(chunk))
            yield chunk

    monkeypatch.setattr(files, "_CHUNK", 512)
    monkeypatch.setattr(files, "_decoded_chunks", counted)
    assert main(["--format", "jsonl", str(DIGEST)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["title"] for r in rows] == [a.title for a in segmenter.segment_file(DIGEST)]
    assert len(read) > 4 and max(read) <= 512


def test_warnings_go_to_the_log_and_to_stderr_with_verbose(
        capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture) -> None:
    """Regression: warnings reached only ``Document.warnings``: a script calling
    ``segment_file`` never saw that an encoding was guessed."""
    guessed = FIXTURES / "files" / "revue-cp1252.txt"
    with caplog.at_level("WARNING", logger="segmenter"):
        segmenter.segment_file(guessed)
    assert [r.name for r in caplog.records] == ["segmenter"]
    assert "guessed as cp1252" in caplog.records[0].getMessage()
    caplog.clear()
    assert main(["--format", "csv", str(guessed)]) == 0
    assert "guessed" not in capsys.readouterr().err
    assert main(["-v", "--format", "csv", str(guessed)]) == 0
    assert capsys.readouterr().err.startswith("segmenter: warning: the encoding was guessed")


def test_ctrl_c_while_reading_one_file_prints_one_line() -> None:
    """Ctrl-C in the single-file view (here while it waits on standard input) stops it
    with one line on stderr and status 130, as in a batch."""
    proc = subprocess.Popen([sys.executable, "-m", "segmenter", "--format", "jsonl", "-"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdin is not None
    proc.stdin.write(DIGEST.read_text(encoding="utf-8"))
    proc.stdin.flush()
    wchan = Path(f"/proc/{proc.pid}/wchan")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # started, and blocked reading the rest
        time.sleep(0.2)
        if not wchan.exists() or "pipe" in wchan.read_text():
            break
    time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err == "segmenter: interrupted\n"


def test_an_unreadable_file_leaves_no_empty_output(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Regression (found in review): -o FILE was opened before the input was read, so
    a missing or binary input left an empty output file behind."""
    out = tmp_path / "out.csv"
    picture = FIXTURES / "files" / "picture.png"
    for source in (tmp_path / "missing.txt", picture):
        assert main(["--format", "csv", "-o", str(out), str(source)]) == 2
        assert not out.exists()
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("segmenter: cannot read")
