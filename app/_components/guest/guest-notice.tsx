"use client";

// Under an exercise or quiz a guest tried: their work is on this device, and an account keeps it.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { browserGuestStore } from "./guest-store";
import { GUEST_EVENT } from "./guest-sync";

export function GuestNotice({ exerciseId, quizId }: { exerciseId?: string; quizId?: string }) {
  const pathname = usePathname();
  const [count, setCount] = useState(0);

  useEffect(() => {
    const update = () => {
      const { exercises, quizzes } = browserGuestStore().read();
      setCount(
        exercises.filter((e) => e.exerciseId === exerciseId).length + quizzes.filter((q) => q.quizId === quizId).length,
      );
    };
    update();
    window.addEventListener(GUEST_EVENT, update);
    window.addEventListener("storage", update);
    return () => {
      window.removeEventListener(GUEST_EVENT, update);
      window.removeEventListener("storage", update);
    };
  }, [exerciseId, quizId]);

  if (count === 0) return null;
  const next = encodeURIComponent(pathname);
  return (
    <p data-testid="guest-notice" className="mt-3 rounded-md border border-brand-500/30 bg-brand-50 px-3 py-2 text-sm text-zinc-800 dark:bg-brand-500/10 dark:text-zinc-200">
      {count === 1 ? "Your attempt is" : `${count} attempts are`} saved on this device.{" "}
      <Link href={`/sign-up?next=${next}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">Create an account</Link>{" "}
      or <Link href={`/sign-in?next=${next}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">sign in</Link>{" "}
      and {count === 1 ? "it is" : "they are"} checked on the server and kept.
    </p>
  );
}
