import 'server-only';
/** The HTTP answer of `/stocks/CODE.csv`: 404 for an unknown code, else the history with a strong ETag. */
import { CACHE_CONTROL } from '@/lib/share/responses';
import { etagOf } from '@/lib/share/charts';
import { stockHistoryCsv } from '@/lib/stocks/history-csv';
import { getStockHistoryForCsv } from '@/lib/views/stock-page';

export async function stockCsvResponse(request: Request, code: string): Promise<Response> {
  const found = await getStockHistoryForCsv(code);
  if (!found) {
    return new Response(`No stock with code ${JSON.stringify(code.slice(0, 20))} in the archive.\n`, {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
    });
  }
  const body = stockHistoryCsv(found.history);
  const etag = etagOf('stock-csv', body);
  if ((request.headers.get('if-none-match') ?? '').split(',').some((t) => t.trim() === etag || t.trim() === `W/${etag}`)) {
    return new Response(null, { status: 304, headers: { ETag: etag, 'Cache-Control': CACHE_CONTROL } });
  }
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="hk-stock-${found.entry.code}.csv"`,
      'Cache-Control': CACHE_CONTROL,
      ETag: etag,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
