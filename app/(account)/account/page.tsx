import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getProfile } from "@/lib/accounts/profile";
import { getSessionUser } from "@/lib/auth";
import { ProfileForm } from "./profile-form";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in?callbackUrl=/account");
  const profile = await getProfile(user);
  return (
    <div>
      <h1 className="text-3xl font-bold">Your account</h1>
      <p className="mt-2 mb-6 text-stone-700">Signed in as {profile.email}.</p>
      <ProfileForm name={profile.name ?? ""} zip={profile.zip ?? ""} />
    </div>
  );
}
