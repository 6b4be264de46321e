import Link from 'next/link';

export default function StockNotFound() {
  return (
    <section className="panel" data-testid="not-found">
      <h1>No such stock</h1>
      <p>
        No stock in the archive has this code. Stock pages live at <code>/stocks/CODE</code> with the 5-digit HKEX code
        (e.g. <Link href="/stocks/00700">/stocks/00700</Link>).
      </p>
      <form action="/stocks" method="get" role="search" className="inline-search">
        <label htmlFor="nf-q">Find a stock by code or name</label> <input id="nf-q" name="q" type="search" /> <button type="submit">Search</button>
      </form>
      <p>
        <Link href="/stocks">All stocks</Link>
      </p>
    </section>
  );
}
