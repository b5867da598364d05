"""RSS/Atom feeds and WARC archives as inputs (fixtures written here, not copied)."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from wirecoder.config import Options
from wirecoder.document import Article
from wirecoder.errors import Reject
from wirecoder.ingest import read_inputs

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Sample Wire</title>
<item><title>Ministers meet in Lima</title><link>https://example.org/lima</link>
<guid>sample-1</guid><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Chile and Peru held talks in Lima on Tuesday.&lt;/p&gt;&lt;p&gt;Both
sides praised the &amp;quot;constructive&amp;quot; tone.&lt;/p&gt;</description></item>
<item><title>Empty item</title><link>https://example.org/empty</link><guid>sample-2</guid>
</item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Sample</title>
<entry><id>urn:sample:3</id><title>Border talks</title>
<link href="https://example.org/border"/><updated>2024-03-06T08:00:00Z</updated>
<content type="html">&lt;p&gt;Kenya and Somalia agreed to reopen the border.&lt;/p&gt;</content>
</entry></feed>
"""

PAGE = b"""<html><head><title>Aid convoy reaches Gaza</title>
<meta name="date" content="2024-03-07"></head><body><nav>Home | World</nav>
<article><h1>Aid convoy reaches Gaza</h1>
<p>An aid convoy organised by the World Food Programme reached the north of Gaza on
Thursday, officials said, the first to arrive in two weeks.</p>
<p>The agency said more trucks would follow if the crossings stayed open.</p></article>
<footer>Copyright Sample Wire</footer></body></html>"""


def read(path: Path) -> list[Article | Reject]:
    return list(read_inputs([str(path)], Options()))


def test_rss_entries_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "news.rss"
    path.write_text(RSS, encoding="utf-8")
    items = read(path)
    articles = [i for i in items if isinstance(i, Article)]
    rejects = [i for i in items if isinstance(i, Reject)]
    assert len(articles) == 1 and len(rejects) == 1 and rejects[0].reason == "empty"
    art = articles[0]
    assert art.doc_id == "sample-1" and art.dateline == "2024-03-05"
    assert art.title == "Ministers meet in Lima" and art.url == "https://example.org/lima"
    assert art.source == "Sample Wire"
    assert art.text == ('Chile and Peru held talks in Lima on Tuesday.\n\n'
                        'Both sides praised the "constructive" tone.')


def test_atom_sniffed_from_content(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(ATOM, encoding="utf-8")
    (art,) = read(path)
    assert isinstance(art, Article)
    assert art.doc_id == "urn:sample:3" and art.dateline == "2024-03-06"
    assert art.text == "Kenya and Somalia agreed to reopen the border."


def test_broken_feed_is_a_reject(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_text("<rss><channel><title>x</title>", encoding="utf-8")
    (item,) = read(path)
    assert isinstance(item, Reject) and item.reason == "no-main-text"


def warc_bytes() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    for url, ctype, body in (
        ("https://example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00binary"),
        ("https://example.org/gaza-aid", "text/html; charset=utf-8", PAGE),
    ):
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return buf.getvalue()


def test_warc_html_responses_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(warc_bytes())
    (art,) = read(path)
    assert isinstance(art, Article)
    assert art.url == "https://example.org/gaza-aid"
    assert art.text.startswith("An aid convoy organised by the World Food Programme")
    assert art.dateline == "2024-03-07"


def test_gzipped_warc_and_a_truncated_one(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(gzip.compress(warc_bytes()))
    assert [type(i) for i in read(path)] == [Article]
    broken = tmp_path / "cut.warc"
    data = warc_bytes()
    broken.write_bytes(data + b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999\r\n\r\nxx")
    items = read(broken)
    assert isinstance(items[0], Article)  # what was read before the damage is kept
    assert all(isinstance(i, Article | Reject) for i in items)
