import { expect, signIn, test } from "./fixtures";

test("a therapist signs in and sees an empty dashboard", async ({ page, therapist }) => {
  await signIn(page, therapist);
  await expect(page.getByText("No crisis sessions yet.")).toBeVisible();
});
