import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-10 text-center">
      <h1 className="text-3xl font-bold">We could not find that page</h1>
      <p className="mt-3 text-stone-700">
        The link may be old, or the campaign may have moved. Nothing you did caused this.
      </p>
      <p className="mt-6">
        <Link href="/" className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900">
          See open campaigns
        </Link>
      </p>
    </div>
  );
}
