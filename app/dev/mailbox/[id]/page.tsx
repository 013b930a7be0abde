import Link from "next/link";
import { notFound } from "next/navigation";
import { findMailboxMessage } from "@/lib/mailbox/queries";

export const dynamic = "force-dynamic";

export default async function MailboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const message = await findMailboxMessage(id);
  if (!message) notFound();
  return (
    <div>
      <p>
        <Link href="/dev/mailbox" className="text-brand-800 underline">
          ← Back to the mailbox
        </Link>
      </p>
      <h1 className="mt-4 text-2xl font-bold">{message.subject}</h1>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 text-sm">
        <dt className="font-medium">From</dt>
        <dd>{message.from}</dd>
        <dt className="font-medium">To</dt>
        <dd>{message.to.join(", ")}</dd>
        {message.replyTo ? (
          <>
            <dt className="font-medium">Reply-To</dt>
            <dd>{message.replyTo}</dd>
          </>
        ) : null}
      </dl>
      <h2 className="mt-6 font-semibold">HTML</h2>
      {/* sandbox with no permissions: stored HTML cannot run scripts or reach this origin */}
      <iframe
        title="Email as HTML"
        sandbox=""
        srcDoc={message.html}
        className="mt-2 h-[32rem] w-full border bg-white"
      />
      <h2 className="mt-6 font-semibold">Plain text</h2>
      <pre className="mt-2 overflow-x-auto whitespace-pre-wrap rounded border bg-white p-3 text-sm">
        {message.text}
      </pre>
    </div>
  );
}
