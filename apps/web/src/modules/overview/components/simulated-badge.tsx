import { useOverviewText } from '../use-overview-text';

/** Marks figures that are simulated for the demonstration, wherever they show. */
export function SimulatedBadge({ simulated }: { simulated: boolean }) {
  const { o } = useOverviewText();
  if (!simulated) return null;
  return (
    <span className="badge badge--simulated" title={o.simulatedNote} data-testid="simulated-badge">
      {o.simulated}
    </span>
  );
}

/** A section heading with the simulated-data badge next to it when the figures are simulated. */
export function SectionTitle({ id, title, simulated }: { id: string; title: string; simulated: boolean }) {
  return (
    <h2 id={id} className="panel__title overview-section__title">
      <span>{title}</span>
      <SimulatedBadge simulated={simulated} />
    </h2>
  );
}
