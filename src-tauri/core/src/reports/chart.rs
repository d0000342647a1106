//! Charts as vector [`Drawing`]s built from the PDF model's primitives (lines, rectangles,
//! text): a bar chart and a line chart, with axes, grid lines, tick labels and a legend.
//! Pure: the same data gives the same shapes, so charts are tested without a PDF.

use crate::pdf::{Align, Color, Drawing, Shape, TextStyle};

/// The width a chart takes: the text width of an A4 page (page - 2 × 56 pt margins).
pub const WIDTH: f32 = 483.0;

const AXIS: Color = Color(0.45, 0.47, 0.50);
const GRID: Color = Color(0.88, 0.89, 0.90);
/// Series colours: the documents' accent, then an orange and a green that stay apart in grey.
pub const PALETTE: [Color; 4] = [
    Color(0.16, 0.33, 0.52),
    Color(0.85, 0.45, 0.13),
    Color(0.20, 0.58, 0.35),
    Color(0.55, 0.30, 0.60),
];

fn label(x: f32, y: f32, text: impl Into<String>, align: Align) -> Shape {
    Shape::Text {
        x,
        y,
        text: text.into(),
        style: TextStyle {
            size: 7.5,
            bold: false,
            color: Color::MUTED,
        },
        align,
    }
}

/// A "nice" axis maximum ≥ `max` (1, 2, 2.5 or 5 × 10^k) and its four equal steps.
pub fn nice_max(max: f64) -> f64 {
    if max <= 0.0 {
        return 1.0;
    }
    let mag = 10f64.powf(max.log10().floor());
    for m in [1.0, 2.0, 2.5, 5.0, 10.0] {
        if m * mag >= max - 1e-9 {
            return m * mag;
        }
    }
    10.0 * mag
}

/// Plot area inside a drawing of `w` × `h`: left room for tick labels, bottom for x labels.
struct Frame {
    x0: f32,
    y0: f32,
    x1: f32,
    y1: f32,
}

fn axes(
    shapes: &mut Vec<Shape>,
    f: &Frame,
    y_max: f64,
    tick: &dyn Fn(f64) -> String,
    y_title: &str,
) {
    for i in 0..=4 {
        let v = y_max * i as f64 / 4.0;
        let y = f.y1 - (f.y1 - f.y0) * i as f32 / 4.0;
        if i > 0 {
            shapes.push(Shape::Line {
                x1: f.x0,
                y1: y,
                x2: f.x1,
                y2: y,
                width: 0.4,
                color: GRID,
            });
        }
        shapes.push(label(f.x0 - 4.0, y + 2.5, tick(v), Align::Right));
    }
    shapes.push(Shape::Line {
        x1: f.x0,
        y1: f.y0,
        x2: f.x0,
        y2: f.y1,
        width: 0.6,
        color: AXIS,
    });
    shapes.push(Shape::Line {
        x1: f.x0,
        y1: f.y1,
        x2: f.x1,
        y2: f.y1,
        width: 0.6,
        color: AXIS,
    });
    if !y_title.is_empty() {
        shapes.push(label(f.x0 - 4.0, f.y0 - 8.0, y_title, Align::Left));
    }
}

/// Vertical bars, one per category, with the value printed above each bar and the category
/// under it. `tick` formats the y axis; `bar_text` the figure above each bar.
pub fn bars(
    categories: &[String],
    values: &[f64],
    bar_text: &[String],
    y_title: &str,
    x_title: &str,
    tick: &dyn Fn(f64) -> String,
    height: f32,
) -> Drawing {
    let w = WIDTH;
    let f = Frame {
        x0: 52.0,
        y0: 18.0,
        x1: w - 8.0,
        y1: height - 30.0,
    };
    let mut shapes = Vec::new();
    let max = values.iter().cloned().fold(0.0, f64::max);
    let y_max = nice_max(max);
    axes(&mut shapes, &f, y_max, tick, y_title);
    let n = categories.len().max(1) as f32;
    let slot = (f.x1 - f.x0) / n;
    let bar_w = (slot * 0.56).min(70.0);
    for (i, (c, v)) in categories.iter().zip(values).enumerate() {
        let cx = f.x0 + slot * (i as f32 + 0.5);
        let bh = ((*v / y_max) as f32) * (f.y1 - f.y0);
        if bh > 0.0 {
            shapes.push(Shape::FilledRect {
                x: cx - bar_w / 2.0,
                y: f.y1 - bh,
                w: bar_w,
                h: bh,
                color: PALETTE[0],
            });
        }
        if let Some(t) = bar_text.get(i) {
            shapes.push(Shape::Text {
                x: cx,
                y: f.y1 - bh - 4.0,
                text: t.clone(),
                style: TextStyle {
                    size: 7.5,
                    bold: true,
                    color: Color::INK,
                },
                align: Align::Center,
            });
        }
        shapes.push(Shape::Text {
            x: cx,
            y: f.y1 + 11.0,
            text: c.clone(),
            style: TextStyle {
                size: 8.0,
                bold: false,
                color: Color::INK,
            },
            align: Align::Center,
        });
    }
    if !x_title.is_empty() {
        shapes.push(label(
            (f.x0 + f.x1) / 2.0,
            f.y1 + 24.0,
            x_title,
            Align::Center,
        ));
    }
    Drawing {
        width: w,
        height,
        shapes,
    }
}

/// One line of a line chart; None points leave a gap (e.g. a week without orders).
#[derive(Debug, Clone)]
pub struct Series {
    pub name: String,
    pub points: Vec<Option<f64>>,
}

/// Lines over x positions labelled `x_labels` (every label printed when they fit, otherwise
/// every k-th), y from 0 to `y_max` (None: a nice maximum of the data), a legend on top.
pub fn lines(
    x_labels: &[String],
    series: &[Series],
    y_max: Option<f64>,
    y_title: &str,
    x_title: &str,
    tick: &dyn Fn(f64) -> String,
    height: f32,
) -> Drawing {
    let w = WIDTH;
    let f = Frame {
        x0: 52.0,
        y0: 30.0,
        x1: w - 12.0,
        y1: height - 30.0,
    };
    let mut shapes = Vec::new();
    let data_max = series
        .iter()
        .flat_map(|s| s.points.iter().flatten())
        .cloned()
        .fold(0.0, f64::max);
    let y_max = y_max.unwrap_or_else(|| nice_max(data_max));
    axes(&mut shapes, &f, y_max, tick, y_title);
    let n = x_labels.len();
    let x_at = |i: usize| -> f32 {
        if n <= 1 {
            (f.x0 + f.x1) / 2.0
        } else {
            f.x0 + 10.0 + (f.x1 - f.x0 - 20.0) * i as f32 / (n - 1) as f32
        }
    };
    let y_at = |v: f64| -> f32 { f.y1 - ((v / y_max) as f32).clamp(0.0, 1.0) * (f.y1 - f.y0) };
    // x labels: as many as fit at ~48 pt apart.
    let every = ((n as f32 * 48.0) / (f.x1 - f.x0)).ceil().max(1.0) as usize;
    for (i, l) in x_labels.iter().enumerate() {
        if i % every == 0 || i + 1 == n && (n - 1).is_multiple_of(every) {
            shapes.push(Shape::Line {
                x1: x_at(i),
                y1: f.y1,
                x2: x_at(i),
                y2: f.y1 + 3.0,
                width: 0.6,
                color: AXIS,
            });
            shapes.push(label(x_at(i), f.y1 + 12.0, l.clone(), Align::Center));
        }
    }
    if !x_title.is_empty() {
        shapes.push(label(
            (f.x0 + f.x1) / 2.0,
            f.y1 + 25.0,
            x_title,
            Align::Center,
        ));
    }
    for (k, s) in series.iter().enumerate() {
        let color = PALETTE[k % PALETTE.len()];
        let mut prev: Option<(f32, f32)> = None;
        for (i, p) in s.points.iter().enumerate() {
            match p {
                Some(v) => {
                    let (x, y) = (x_at(i), y_at(*v));
                    if let Some((px, py)) = prev {
                        shapes.push(Shape::Line {
                            x1: px,
                            y1: py,
                            x2: x,
                            y2: y,
                            width: 1.6,
                            color,
                        });
                    }
                    // A square marker, so single points (between gaps) still show.
                    shapes.push(Shape::FilledRect {
                        x: x - 2.0,
                        y: y - 2.0,
                        w: 4.0,
                        h: 4.0,
                        color,
                    });
                    prev = Some((x, y));
                }
                None => prev = None,
            }
        }
        // Legend: a short stroke and the name, left to right along the top.
        let lx = f.x0 + 8.0 + k as f32 * 140.0;
        shapes.push(Shape::Line {
            x1: lx,
            y1: 8.0,
            x2: lx + 16.0,
            y2: 8.0,
            width: 2.0,
            color,
        });
        shapes.push(Shape::Text {
            x: lx + 21.0,
            y: 10.5,
            text: s.name.clone(),
            style: TextStyle {
                size: 8.0,
                bold: false,
                color: Color::INK,
            },
            align: Align::Left,
        });
    }
    Drawing {
        width: w,
        height,
        shapes,
    }
}

/// Horizontal bars (long category names: categories, suppliers), value text at the bar's end.
/// `max`: the value of a full-length bar (e.g. 100 for percentages); None: the largest value.
pub fn hbars(
    categories: &[String],
    values: &[f64],
    bar_text: &[String],
    max: Option<f64>,
) -> Drawing {
    let w = WIDTH;
    let row = 18.0;
    let label_w = 150.0;
    let text_w = 80.0;
    let height = 8.0 + row * categories.len() as f32 + 4.0;
    let max = max.unwrap_or_else(|| values.iter().cloned().fold(0.0, f64::max));
    let span = w - label_w - text_w;
    let mut shapes = Vec::new();
    shapes.push(Shape::Line {
        x1: label_w,
        y1: 4.0,
        x2: label_w,
        y2: height - 4.0,
        width: 0.6,
        color: AXIS,
    });
    for (i, (c, v)) in categories.iter().zip(values).enumerate() {
        let y = 8.0 + row * i as f32;
        let bw = if max > 0.0 {
            (*v / max) as f32 * span
        } else {
            0.0
        };
        shapes.push(Shape::Text {
            x: label_w - 6.0,
            y: y + 10.0,
            text: c.clone(),
            style: TextStyle {
                size: 8.0,
                bold: false,
                color: Color::INK,
            },
            align: Align::Right,
        });
        if bw > 0.0 {
            shapes.push(Shape::FilledRect {
                x: label_w,
                y: y + 2.0,
                w: bw,
                h: row - 6.0,
                color: PALETTE[0],
            });
        }
        if let Some(t) = bar_text.get(i) {
            shapes.push(Shape::Text {
                x: label_w + bw + 5.0,
                y: y + 10.0,
                text: t.clone(),
                style: TextStyle {
                    size: 7.5,
                    bold: true,
                    color: Color::INK,
                },
                align: Align::Left,
            });
        }
    }
    Drawing {
        width: w,
        height,
        shapes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_maxima_are_round_numbers_at_or_above_the_data() {
        assert_eq!(nice_max(0.0), 1.0);
        assert_eq!(nice_max(7.0), 10.0);
        assert_eq!(nice_max(120.0), 200.0);
        assert_eq!(nice_max(2400.0), 2500.0);
        assert_eq!(nice_max(1.0), 1.0);
    }

    #[test]
    fn a_bar_is_as_tall_as_its_share_of_the_axis() {
        let d = bars(
            &["a".into(), "b".into()],
            &[5.0, 10.0],
            &[],
            "",
            "",
            &|v| v.to_string(),
            200.0,
        );
        let hs: Vec<f32> = d
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::FilledRect { h, .. } => Some(*h),
                _ => None,
            })
            .collect();
        assert_eq!(hs.len(), 2);
        assert!(
            (hs[1] - 2.0 * hs[0]).abs() < 1e-3,
            "10 is twice as tall as 5: {hs:?}"
        );
    }

    #[test]
    fn a_gap_in_a_series_breaks_its_line() {
        let s = Series {
            name: "x".into(),
            points: vec![Some(0.5), None, Some(0.5), Some(1.0)],
        };
        let d = lines(
            &["1".into(), "2".into(), "3".into(), "4".into()],
            &[s],
            Some(1.0),
            "",
            "",
            &|v| v.to_string(),
            200.0,
        );
        let segments = d
            .shapes
            .iter()
            .filter(|s| matches!(s, Shape::Line { width, .. } if (*width - 1.6).abs() < 1e-6))
            .count();
        assert_eq!(segments, 1, "only points 3→4 are joined");
    }
}
