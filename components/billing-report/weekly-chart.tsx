"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type WeeklyChartData = { weeks: string[]; clinicians: string[]; rows: Record<string, string | number>[] };

// Distinct, print-safe colours with enough contrast on white; the table below carries the numbers.
const COLOURS = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f", "#9d174d"];

/** Billed units per week, one bar per clinician. The data table beside it is the accessible version. */
export function WeeklyChart({ data }: { data: WeeklyChartData }) {
  return (
    <div aria-hidden="true" className="h-72 w-full print:h-64">
      <ResponsiveContainer width="100%" height="100%">
        {/* Hidden from assistive technology (the table is the accessible version), so the chart must
            not take keyboard focus either: recharts' keyboard layer would be an unnamed stop. */}
        <BarChart data={data.rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="week" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          {data.clinicians.map((name, index) => (
            <Bar key={name} dataKey={name} stackId="units" fill={COLOURS[index % COLOURS.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
