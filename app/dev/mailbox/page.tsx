import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isMailboxAvailable, listMailbox } from "@/lib/mailbox/queries";

export const metadata: Metadata = { title: "Local mailbox", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function MailboxPage() {
  if (!isMailboxAvailable()) notFound();
  const messages = await listMailbox();
  return (
    <div>
      <h1 className="text-3xl font-bold">Local mailbox</h1>
      <p className="mt-2 mb-6 text-stone-700">
        Without RESEND_API_KEY, Chorus keeps every email here instead of sending it. This page does not exist
        in production.
      </p>
      {messages.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 bg-white p-6">No email yet.</p>
      ) : (
        <table className="w-full border-collapse bg-white text-left text-sm">
          <caption className="sr-only">Stored email, newest first</caption>
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="p-2">
                When
              </th>
              <th scope="col" className="p-2">
                To
              </th>
              <th scope="col" className="p-2">
                Subject
              </th>
            </tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr key={message.id} className="border-b border-stone-200">
                <td className="p-2 whitespace-nowrap">
                  {message.createdAt.toISOString().replace("T", " ").slice(0, 19)}
                </td>
                <td className="p-2">{message.to.join(", ")}</td>
                <td className="p-2">
                  <Link href={`/dev/mailbox/${message.id}`} className="text-brand-800 underline">
                    {message.subject}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
