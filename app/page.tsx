import Link from 'next/link';
import { redirect } from 'next/navigation';
import { latestValidSession } from '@/lib/data/sessions';

export const dynamic = 'force-dynamic';

/** `/` is the latest valid session; its permalink is the address to share. */
export default function Home() {
  const latest = latestValidSession();
  if (latest) redirect(`/sessions/${latest.date}`);
  return (
    <section className="panel">
      <h1>No sessions yet</h1>
      <p>
        There is no valid session file in <code>data/sessions/</code>. Add one (see the README&rsquo;s data contract) or
        generate the samples with <code>npm run ingest</code>; see also the <Link href="/sessions">archive</Link>.
      </p>
    </section>
  );
}
